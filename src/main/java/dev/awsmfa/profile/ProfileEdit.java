package dev.awsmfa.profile;

/**
 * A change to one file as a function of its content: applied to what awsmfa read, and again to what it holds
 * when written if another program changed it meanwhile; {@link IllegalArgumentException} where it cannot be.
 */
@FunctionalInterface
public interface ProfileEdit {
    ProfileDocument applyTo(ProfileDocument document);
}
