package jixiao.engine;

/**
 * Told of each rule firing in a session: the rule's name and how long its consequence took, with the
 * propagation of what it inserted. For harnesses that show where the rules' time goes; scoring passes none.
 */
@FunctionalInterface
public interface FiringObserver {
    void fired(String rule, long nanos);
}
