package de.smartregion.report;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/** FreeMarker's default wrapping, except that records, which the report views are made of, become {@link RecordModel}s. */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record r) {
            return new RecordModel(r, this);
        }
        return super.handleUnknownType(object);
    }
}
