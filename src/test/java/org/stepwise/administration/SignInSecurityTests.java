package org.stepwise.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.StepwiseTest;
import org.stepwise.security.internal.MfaPolicy;
import org.stepwise.security.internal.Totp;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/** Lockout, second factors required by role or chosen by the person, and the own-account page, through real sign-in. */
@StepwiseTest
@AutoConfigureMockMvc
class SignInSecurityTests extends AdminTestSupport {

    @Autowired
    MfaPolicy mfaPolicy;

    @AfterEach
    void noRoleRequiresASecondFactor() {
        // Other test classes share this database and sign in as demo accounts of every role.
        for (Role role : Role.values()) {
            mfaPolicy.require(role, false);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String username = unique("locked");
        StaffId id = createAccount(username, "CASE_MANAGER", PASSWORD);
        Browser browser = new Browser(mvc);
        assertThat(browser.signIn(username, "wrong password 0")).isEqualTo("/login?error");
        // One wrong password is one failure, counted and audited once.
        assertThat(count("SELECT failed_logins FROM staff_login WHERE staff_id = ?", id.value())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE username = ? AND action = 'LOGIN_FAILED'", username))
                .isEqualTo(1);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(browser.signIn(username, "wrong password " + attempt)).isEqualTo("/login?error");
        }
        browser.signIn(username, "wrong password 5");
        // Locked: even the right password is refused now, and the page says why.
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").getResponse().getContentAsString()).contains("locked");
        assertThat(token(username, PASSWORD, null)).isNull();

        MvcResult policy = getAs("admin", "/admin/security");
        assertThat(policy.getResponse().getContentAsString()).contains("Test " + username);
        assertThat(Long.parseLong(testId(policy, "locked-count"))).isPositive();
        assertThat(getAs("admin", "/admin/staff/" + id).getResponse().getContentAsString()).contains(">Locked<");

        MvcResult unlock = adminPost("/admin/staff/" + id + "/unlock");
        assertThat(unlock.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff/" + id + "#account");
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/");
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject = ? AND detail = 'account unlocked'",
                "staff " + username)).isEqualTo(1);
    }

    @Test
    void aRequiredSecondFactorIsEnrolledBeforeAnyPageOpensAndAskedForAtEverySignIn() throws Exception {
        String username = unique("mfa");
        createAccount(username, "BILLER", PASSWORD);
        MvcResult saved = adminPost("/admin/security/mfa", "required", "BILLER");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/security");
        assertThat(mfaPolicy.requiredFor(Role.BILLER)).isTrue();
        assertThat(mfaPolicy.requiredFor(Role.NURSE)).isFalse();
        assertThat(Long.parseLong(testId(getAs("admin", "/admin/security"), "missing-mfa-count"))).isPositive();

        Browser browser = new Browser(mvc);
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/login/mfa");
        MvcResult enrol = browser.get("/login/mfa");
        String secret = testId(enrol, "mfa-secret");
        // Nothing else opens until the code is entered.
        assertThat(browser.get("/").getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        assertThat(browser.post("/account/password", "currentPassword", PASSWORD, "newPassword", "another long one",
                "confirmPassword", "another long one").getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        // The API refuses a token until the authenticator is set up.
        assertThat(token(username, PASSWORD, null)).isNull();

        assertThat(browser.post("/login/mfa", "code", "000000").getResponse().getContentAsString())
                .contains("That code is not right");
        assertThat(browser.enterCode(Totp.codeAt(secret, Instant.now()))).isEqualTo("/");
        assertThat(browser.status("/")).isEqualTo(200);

        Browser next = new Browser(mvc);
        assertThat(next.signIn(username, PASSWORD)).isEqualTo("/login/mfa");
        assertThat(next.get("/login/mfa").getResponse().getContentAsString()).doesNotContain("data-testid=\"mfa-secret\"");
        assertThat(next.enterCode(Totp.codeAt(secret, Instant.now()))).isEqualTo("/");

        assertThat(token(username, PASSWORD, null)).isNull();
        assertThat(token(username, PASSWORD, "123")).isNull();
        String token = token(username, PASSWORD, Totp.codeAt(secret, Instant.now()));
        assertThat(apiStatus("/api/v1/me", token)).isEqualTo(200);
    }

    @Test
    void anAdministratorCanResetASecondFactorAndAPassword() throws Exception {
        String username = unique("reset");
        StaffId id = createAccount(username, "INTAKE_COORDINATOR", PASSWORD);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        String secret = testId(browser.post("/account/mfa/setup"), "mfa-secret");
        assertThat(browser.post("/account/mfa/confirm", "code", Totp.codeAt(secret, Instant.now()))
                .getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/login/mfa");

        assertThat(adminPost("/admin/staff/" + id + "/mfa/reset").getResponse().getStatus()).isEqualTo(302);
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/");

        MvcResult reset = adminPost("/admin/staff/" + id + "/password", "passwordChoice", "generate");
        String generated = testId(reset, "generated-password");
        assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login"); // sessions ended
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/login?error");
        assertThat(new Browser(mvc).signIn(username, generated)).isEqualTo("/");

        MvcResult tooShort = adminPost("/admin/staff/" + id + "/password", "passwordChoice", "type", "password", "short");
        assertThat(tooShort.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooShort.getResponse().getContentAsString()).contains("at least 12 characters",
                "aria-invalid=\"true\"");
        assertThat(new Browser(mvc).signIn(username, generated)).isEqualTo("/");
    }

    @Test
    void everyoneCanChangeTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        String username = unique("self");
        createAccount(username, "PRESCRIBER", PASSWORD);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        MvcResult page = browser.get("/account");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(testId(page, "previous-sign-in")).contains("first sign-in");

        MvcResult wrongCurrent = browser.post("/account/password", "currentPassword", "not my password",
                "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase");
        assertThat(wrongCurrent.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrongCurrent.getResponse().getContentAsString()).contains("That is not your current password");
        MvcResult mismatch = browser.post("/account/password", "currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrasf");
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(400);
        assertThat(mismatch.getResponse().getContentAsString()).contains("The two new passwords differ");
        MvcResult tooShort = browser.post("/account/password", "currentPassword", PASSWORD,
                "newPassword", "short", "confirmPassword", "short");
        assertThat(tooShort.getResponse().getStatus()).isEqualTo(400);
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/");

        Browser other = new Browser(mvc);
        other.signIn(username, PASSWORD);
        MvcResult changed = browser.post("/account/password", "currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(browser.status("/account")).isEqualTo(200); // this session stays
        assertThat(other.get("/").getResponse().getRedirectedUrl()).endsWith("/login"); // other sessions end
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/login?error");
        Browser again = new Browser(mvc);
        assertThat(again.signIn(username, "a brand new passphrase")).isEqualTo("/");
        assertThat(testId(again.get("/account"), "previous-sign-in")).doesNotContain("first sign-in");
    }

    @Test
    void guessingTheCurrentPasswordOnTheAccountPageLocksTheAccount() throws Exception {
        String username = unique("guess");
        createAccount(username, "NURSE", PASSWORD);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        MvcResult last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = browser.post("/account/password", "currentPassword", "guess number " + attempt,
                    "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase");
        }
        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void aVoluntarySecondFactorNeedsARightCodeToTurnOnAndOff() throws Exception {
        String username = unique("volunteer");
        createAccount(username, "CLINICIAN", PASSWORD);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        String secret = testId(browser.post("/account/mfa/setup"), "mfa-secret");
        assertThat(testId(browser.post("/account/mfa/setup"), "mfa-secret")).isEqualTo(secret);

        MvcResult wrong = browser.post("/account/mfa/confirm", "code", "12345x");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentAsString()).contains("That code is not right", "aria-invalid=\"true\"");
        assertThat(count("SELECT count(*) FROM staff_login WHERE staff_id = ? AND mfa_enabled", staffId(username).value()))
                .isZero();

        browser.post("/account/mfa/confirm", "code", Totp.codeAt(secret, Instant.now()));
        Browser next = new Browser(mvc);
        assertThat(next.signIn(username, PASSWORD)).isEqualTo("/login/mfa");
        assertThat(next.enterCode(Totp.codeAt(secret, Instant.now()))).isEqualTo("/");

        assertThat(next.post("/account/mfa/disable", "code", "000000").getResponse().getStatus()).isEqualTo(400);
        assertThat(next.post("/account/mfa/disable", "code", Totp.codeAt(secret, Instant.now()))
                .getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void theSecurityPageShowsTheSettingsInForceAndRefusesUnknownRoles() throws Exception {
        String page = getAs("admin", "/admin/security").getResponse().getContentAsString();
        assertThat(page).contains("15 minutes", "5 attempts in a row", "8 hours");

        MvcResult bad = adminPost("/admin/security/mfa", "required", "NURSE", "required", "WIZARD");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("Choose roles from the list");
        assertThat(mfaPolicy.requiredFor(Role.NURSE)).isFalse();
    }
}
