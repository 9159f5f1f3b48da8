package jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    /** The JDK's quotient, value and scale: what div must give whichever way it works it out. */
    private static void assertSameAsJdk(BigDecimal a, BigDecimal b) {
        BigDecimal expected = a.divide(b, Decimals.MC);
        BigDecimal actual = Decimals.div(a, b);
        assertEquals(expected, actual, a + " ÷ " + b);  // BigDecimal.equals compares the scale too
    }

    @Test
    void exactQuotientsKeepTheJdksScale() {
        String[][] cases = {{"10", "4"}, {"9.5", "0.5"}, {"100", "1"}, {"1E+5", "2"}, {"0", "7"}, {"0.00", "3.0"},
                {"-45", "9"}, {"45", "-0.09"}, {"-1", "-8"}, {"2.50", "1.25"}, {"95", "100"}, {"1", "1024"},
                {"3", "0.0003"}, {"123456789012345678", "2"}, {"1", "0.000000000000000001"}, {"7E-20", "5E+10"}};
        for (String[] c : cases) {
            BigDecimal a = new BigDecimal(c[0]);
            BigDecimal b = new BigDecimal(c[1]);
            assertNotNull(Decimals.exactQuotient(a, b), c[0] + " ÷ " + c[1] + " terminates within a long");
            assertSameAsJdk(a, b);
        }
    }

    @Test
    void quotientsThatDoNotTerminateOrOutgrowALongAreTheJdks() {
        assertNull(Decimals.exactQuotient(BigDecimal.ONE, new BigDecimal("3")));
        assertNull(Decimals.exactQuotient(new BigDecimal("97"), new BigDecimal("98")));
        assertNull(Decimals.exactQuotient(new BigDecimal("999999999999999999"), new BigDecimal("0.0625")));
        assertNull(Decimals.exactQuotient(new BigDecimal("1234567890123456789012"), BigDecimal.TEN));
        assertSameAsJdk(BigDecimal.ONE, new BigDecimal("3"));
        assertSameAsJdk(new BigDecimal("97"), new BigDecimal("98"));
        assertSameAsJdk(new BigDecimal("999999999999999999"), new BigDecimal("0.0625"));
        assertSameAsJdk(new BigDecimal("1234567890123456789012"), BigDecimal.TEN);
    }

    @Test
    void randomQuotientsAreTheJdks() {
        Random rng = new Random(20261207L);
        for (int n = 0; n < 200_000; n++) {
            BigDecimal a = random(rng);
            BigDecimal b = random(rng);
            if (b.signum() != 0) {
                assertSameAsJdk(a, b);
            }
        }
    }

    /** Unscaled values of every size up to 20 digits, often of 2s and 5s (quotients that terminate), any sign and scale. */
    private static BigDecimal random(Random rng) {
        BigInteger unscaled = switch (rng.nextInt(4)) {
            case 0 -> BigInteger.valueOf(rng.nextInt(1000));
            case 1 -> BigInteger.TWO.pow(rng.nextInt(40)).multiply(BigInteger.valueOf(5).pow(rng.nextInt(20)));
            case 2 -> BigInteger.valueOf(rng.nextLong() >>> rng.nextInt(64));
            default -> new BigInteger(66, rng);
        };
        return new BigDecimal(rng.nextBoolean() ? unscaled : unscaled.negate(), rng.nextInt(24) - 8);
    }
}
