package dev.awsmfa.profile;

/**
 * A change to one file, as a function of its content: applied to what awsmfa read, and again to
 * what the file holds at the moment of writing if another program changed it meanwhile.
 *
 * @throws IllegalArgumentException (from {@link #applyTo}) when the change cannot be made to that content
 */
@FunctionalInterface
public interface ProfileEdit {
    ProfileDocument applyTo(ProfileDocument document);
}
