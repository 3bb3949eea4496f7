package org.stepwise.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTests {

    @Test
    void acceptsTwelveCharactersOrMoreAndRefusesShorter() {
        assertThat(Passwords.problem("twelve chars", "dana")).isNull();
        assertThat(Passwords.problem("eleven char", "dana")).contains("at least 12");
        assertThat(Passwords.problem("", "dana")).contains("Enter a password");
        assertThat(Passwords.problem(null, "dana")).contains("Enter a password");
        assertThat(Passwords.problem("x".repeat(201), "dana")).contains("at most 200");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(Passwords.problem("ñandú ñandú!", "dana")).isNull();
        assertThat(Passwords.problem("\uD83D\uDE00".repeat(12), "dana")).isNull();
    }

    @Test
    void refusesOnlySpacesAndTheUsername() {
        assertThat(Passwords.problem(" ".repeat(14), "dana")).contains("only spaces");
        assertThat(Passwords.problem("hello DANA 2026!", "dana")).contains("username");
    }

    @Test
    void generatedPasswordsAreLongReadableAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = Passwords.generate();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
            assertThat(Passwords.problem(password, "someone")).isNull();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }
}
