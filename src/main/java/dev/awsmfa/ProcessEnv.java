package dev.awsmfa;

/** The process environment. */
final class ProcessEnv implements Env {
    static final ProcessEnv INSTANCE = new ProcessEnv();

    private ProcessEnv() {
    }

    @Override
    public String raw(String name) {
        return System.getenv(name);
    }
}
