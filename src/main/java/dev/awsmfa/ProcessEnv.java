package dev.awsmfa;

/** The process environment; a class, not {@code System::getenv}, as the first lambda of a run costs ~10 ms. */
final class ProcessEnv implements Env {
    static final ProcessEnv INSTANCE = new ProcessEnv();

    private ProcessEnv() {
    }

    @Override
    public String raw(String name) {
        return System.getenv(name);
    }
}
