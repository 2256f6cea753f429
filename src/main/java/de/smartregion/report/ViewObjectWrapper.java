package de.smartregion.report;

import de.smartregion.model.BidiControls;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * FreeMarker's default wrapping, except that records, which the report views are made of, become
 * {@link RecordModel}s, and that every string loses its direction controls ({@link BidiControls}): this is where
 * all text reaches a template, so no template, bundled or the user's, can pass them into a report.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String s) {
            return new SimpleScalar(BidiControls.strip(s));
        }
        return super.wrap(object);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record r) {
            return new RecordModel(r, this);
        }
        return super.handleUnknownType(object);
    }
}
