package jenkins;

/** Stand-in for the enum {@code jenkins.YesNoMaybe} of Jenkins core 2.528.3 (constant order as in the real enum). */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
