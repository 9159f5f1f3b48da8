package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Failed logins: 5 per username or 20 per client address in 15 minutes, then 429 for a while. */
class LoginThrottleTest {

    @Test
    void fiveWrongPasswordsForOneUsernameThenTwentyFromOneAddressAre429() throws Exception {
        try (AccountsServer app = new AccountsServer()) {
            app.account("target", Role.AUDITOR, null);
            for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
                assertEquals(401, TestLogins.login(app.base, "target", "wrong-password-" + i).statusCode());
            }
            HttpResponse<String> refused = TestLogins.login(app.base, "target", "target-password");
            assertEquals(429, refused.statusCode(), "even the right password waits");
            assertEquals("TOO_MANY_REQUESTS", AccountsServer.read(refused).get("error").asText());
            assertEquals("/login", AccountsServer.read(refused).get("path").asText());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
            assertEquals(200, TestLogins.login(app.base, TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD).statusCode(),
                    "another username from the same address still logs in");
            for (int i = LoginThrottle.PER_USERNAME; i < LoginThrottle.PER_ADDRESS; i++) {
                assertEquals(401, TestLogins.login(app.base, "someone-" + i, "wrong-password").statusCode());
            }
            assertEquals(429, TestLogins.login(app.base, TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD).statusCode(),
                    "20 failures from this address: every username waits");
        }
    }

    @Test
    void theWaitEndsWhenTheOldestFailureIsFifteenMinutesOld() {
        AtomicLong now = new AtomicLong(1_000_000);
        LoginThrottle throttle = new LoginThrottle(now::get);
        for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
            throttle.check("u", "a");
            throttle.failed("u", "a");
            now.addAndGet(60_000);
        }
        LoginThrottle.Throttled t = assertThrows(LoginThrottle.Throttled.class, () -> throttle.check("u", "a"));
        assertEquals(15 * 60 - 5 * 60, t.retryAfterSeconds());
        now.addAndGet(t.retryAfterSeconds() * 1000);
        throttle.check("u", "a");
        throttle.failed("u", "a");
        assertThrows(LoginThrottle.Throttled.class, () -> throttle.check("u", "a"), "the next oldest failure still counts");
        throttle.succeeded("u");
        throttle.check("u", "b");
    }

    @Test
    void memoryStaysBoundedWhateverNamesAClientSends() {
        LoginThrottle throttle = new LoginThrottle(() -> 0);
        for (int i = 0; i < 3 * LoginThrottle.MAX_KEYS; i++) {
            throttle.failed("name-" + i, "address-" + i);
        }
        assertEquals(2 * LoginThrottle.MAX_KEYS, throttle.keys());
    }
}
