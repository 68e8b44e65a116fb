package org.gazette.support;

/**
 * A configuration property has a value that cannot be used. Thrown from a component's activation
 * so that the component does not start and the console names the property.
 */
public class InvalidPropertyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * @param property the property name, as written in the configuration file
     * @param problem what is wrong with its value
     */
    public InvalidPropertyException(String property, String problem) {
        super("invalid configuration property '" + property + "': " + problem);
        this.property = property;
    }

    /** @return the property name */
    public String property() {
        return property;
    }
}
