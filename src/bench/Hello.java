/** The JVM floor for the benchmark: the cheapest Java program, started with default flags. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
