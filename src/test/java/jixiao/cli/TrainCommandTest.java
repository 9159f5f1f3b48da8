package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The build's training run (the class-data archive's) starts the service on a database of its own and gets every
 * answer it expects.
 */
class TrainCommandTest {
    @Test
    void aFirstDayOfUseRunsThroughTheRealService() {
        assertEquals(0, TrainCommand.run());
    }
}
