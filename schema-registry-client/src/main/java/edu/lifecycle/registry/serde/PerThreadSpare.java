package edu.lifecycle.registry.serde;

/**
 * One reusable object per thread, such as an encoder with its output buffer. A call takes the thread's spare, owns it
 * while it runs and gives it back only once it succeeded, so:
 *
 * <ul>
 *   <li>a serde instance shared by several threads (a producer's serializer runs on every thread that calls
 *       {@code send}) never lets two threads use the same object;
 *   <li>a nested call on the same thread (say, from a logical-type conversion) finds no spare and makes its own rather
 *       than overwriting the one the outer call is using;
 *   <li>an object a failed call left half-written is dropped, never reused.
 * </ul>
 *
 * Meant to be held in a static field: a thread then keeps one spare per kind, however many serde instances it uses.
 */
final class PerThreadSpare<T> {

    /** A thread's place for its spare. Hold it for the call: taking and giving back then cost one lookup, not two. */
    static final class Slot<T> {

        private T spare;

        /** The thread's spare, now owned by the caller; null on a thread's first call and in a nested call. */
        T take() {
            T taken = spare;
            spare = null;
            return taken;
        }

        /** Makes {@code taken} the thread's spare again. Call it only after a successful use. */
        void giveBack(T taken) {
            spare = taken;
        }
    }

    private final ThreadLocal<Slot<T>> slots = ThreadLocal.withInitial(Slot::new);

    /** The calling thread's slot; use it on this thread only. */
    Slot<T> slot() {
        return slots.get();
    }
}
