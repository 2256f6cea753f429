package de.smartregion.report;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.WrappingTemplateModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as a template hash of its components, and nothing else: templates read the view's data and cannot call
 * methods on it. Replaces FreeMarker's bean wrapping of records, whose java.beans introspection of every view class
 * slowed each report's start-up (see bench/README.md, Start-up).
 */
final class RecordModel extends WrappingTemplateModel implements TemplateHashModelEx, AdapterTemplateModel {

    /** Component name to accessor, per record class, in declaration order. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                accessors.put(c.getName(), c.getAccessor());
            }
            return Collections.unmodifiableMap(accessors);
        }
    };

    private final Record record;

    RecordModel(Record record, ObjectWrapper wrapper) {
        super(wrapper);
        this.record = record;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = COMPONENTS.get(record.getClass()).get(key);
        return accessor == null ? null : wrap(value(accessor));
    }

    private Object value(Method accessor) throws TemplateModelException {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("cannot read " + record.getClass().getSimpleName() + "."
                    + accessor.getName(), e);
        }
    }

    @Override
    public boolean isEmpty() {
        return COMPONENTS.get(record.getClass()).isEmpty();
    }

    @Override
    public int size() {
        return COMPONENTS.get(record.getClass()).size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(COMPONENTS.get(record.getClass()).keySet(), getObjectWrapper());
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<Object> values = new ArrayList<>();
        for (Method accessor : COMPONENTS.get(record.getClass()).values()) {
            values.add(value(accessor));
        }
        return new SimpleCollection(values, getObjectWrapper());
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }
}
