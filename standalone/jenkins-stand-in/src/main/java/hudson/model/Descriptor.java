package hudson.model;

import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Stand-in for {@code hudson.model.Descriptor} of Jenkins core 2.528.3.
 *
 * <p>{@link #load()} and {@link #save()} do no I/O. They count calls, which tests read through
 * {@code StandInJenkins.loadCount} and {@code StandInJenkins.saveCount}.
 *
 * <p>NOTE: the deprecated {@code javax.servlet} overloads ({@code StaplerRequest}) of {@code newInstance},
 * {@code configure} and {@code doHelp} are left out because {@code javax.servlet} is not on the stand-in's
 * classpath. So are the Jelly view, help file and form-binding helpers.
 */
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    /** The class being described. */
    public final transient Class<? extends T> clazz;

    /** Creates a descriptor of {@code clazz}. Pass {@link #self()} to have the descriptor describe itself. */
    @SuppressWarnings("unchecked")
    protected Descriptor(Class<? extends T> clazz) {
        if (clazz == self()) {
            clazz = (Class<? extends T>) getClass();
        }
        this.clazz = clazz;
    }

    /**
     * Creates a descriptor of its enclosing class, so a {@code DescriptorImpl} must be a static nested class of the
     * type it describes. Like real Jenkins, fails with {@link AssertionError} when there is no enclosing class, the
     * enclosing class does not match the descriptor's type argument, or its {@code getDescriptor()} return type
     * cannot hold this descriptor.
     */
    @SuppressWarnings("unchecked")
    protected Descriptor() {
        this.clazz = (Class<? extends T>) getClass().getEnclosingClass();
        if (clazz == null) {
            throw new AssertionError(getClass() + " has no enclosing class; use the constructor that takes the class");
        }
        Class<?> described = describedTypeArgument(getClass());
        if (described != null && !described.isAssignableFrom(clazz)) {
            throw new AssertionError("Enclosing class " + clazz + " of " + getClass()
                    + " is not assignable to the descriptor's type argument " + described);
        }
        try {
            Method getDescriptor = clazz.getMethod("getDescriptor");
            if (!getDescriptor.getReturnType().isAssignableFrom(getClass())) {
                throw new AssertionError(getClass() + " must be assignable to " + getDescriptor.getReturnType()
                        + ", the return type of " + clazz.getName() + ".getDescriptor()");
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(clazz + " has no getDescriptor method", e);
        }
    }

    /** Field name to "owner class name#field name" of the help file it borrows. */
    private final transient Map<String, String> helpRedirect = new HashMap<>();

    /**
     * Returns the URL of a field's help, or null when the field has none. Follows redirects added with
     * {@link #addHelpFileRedirect}; otherwise looks for {@code help-FIELD.html} next to the class or a superclass,
     * as real Jenkins does.
     */
    public String getHelpFile(String fieldName) {
        String redirect = helpRedirect.get(fieldName);
        if (redirect != null) {
            int hash = redirect.indexOf('#');
            return "/descriptor/" + redirect.substring(0, hash) + "/help/" + redirect.substring(hash + 1);
        }
        for (Class<?> c = clazz; c != null; c = c.getSuperclass()) {
            if (c.getResource(c.getSimpleName() + "/help-" + fieldName + ".html") != null) {
                return "/descriptor/" + getId() + "/help/" + fieldName;
            }
        }
        return null;
    }

    /** Makes the help of {@code fieldName} the help of {@code fieldNameToRedirectTo} in {@code owner}. */
    @SuppressWarnings("rawtypes")
    protected void addHelpFileRedirect(String fieldName, Class<? extends Describable> owner,
            String fieldNameToRedirectTo) {
        helpRedirect.put(fieldName, owner.getName() + "#" + fieldNameToRedirectTo);
    }

    /** Returns the human-readable name, by default the simple name of {@link #clazz} as in real Jenkins. */
    public String getDisplayName() {
        return clazz.getSimpleName();
    }

    public String getId() {
        return clazz.getName();
    }

    /** Builds an instance from a submitted form, binding {@code formData} through the request. */
    public T newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
        if (req == null) {
            try {
                return clazz.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("Failed to instantiate " + clazz, e);
            }
        }
        return req.bindJSON(clazz, formData);
    }

    /** Applies the global configuration form. The base implementation accepts it without change. */
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        return true;
    }

    public final boolean isInstance(T instance) {
        return clazz.isInstance(instance);
    }

    public final boolean isSubTypeOf(Class<?> type) {
        return type.isAssignableFrom(clazz);
    }

    public final String getJsonSafeClassName() {
        return getId().replace('.', '-');
    }

    /** Counts the call instead of writing the configuration file. */
    @Override
    public synchronized void save() {
        StandInHooks.recordSave(this);
    }

    /** Counts the call instead of reading the configuration file. */
    @Override
    public synchronized void load() {
        StandInHooks.recordLoad(this);
    }

    /** Returns the marker that makes {@link #Descriptor(Class)} describe the descriptor itself. */
    @SuppressWarnings("rawtypes")
    protected static Class self() {
        return SelfMarker.class;
    }

    private static final class SelfMarker {
    }

    /** Resolves the class bound to Descriptor's type parameter in the hierarchy of {@code type}, or null. */
    private static Class<?> describedTypeArgument(Class<?> type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        Class<?> current = type;
        while (current != null && current != Descriptor.class) {
            Type superType = current.getGenericSuperclass();
            if (superType instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] arguments = parameterized.getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    Type argument = arguments[i];
                    while (argument instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
                        argument = bindings.get(variable);
                    }
                    bindings.put(variables[i], argument);
                }
            }
            current = current.getSuperclass();
        }
        Type bound = bindings.get(Descriptor.class.getTypeParameters()[0]);
        if (bound instanceof Class<?> c) {
            return c;
        }
        if (bound instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    /** Stand-in for {@code hudson.model.Descriptor.FormException}: a problem in a submitted form field. */
    public static final class FormException extends Exception implements HttpResponse {
        private static final long serialVersionUID = 1L;

        private final String formField;

        public FormException(String message, String formField) {
            super(message);
            this.formField = formField;
        }

        public FormException(String message, Throwable cause, String formField) {
            super(message, cause);
            this.formField = formField;
        }

        public FormException(Throwable cause, String formField) {
            super(cause);
            this.formField = formField;
        }

        public String getFormField() {
            return formField;
        }

        @Override
        public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
                throws IOException, ServletException {
            throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
        }
    }
}
