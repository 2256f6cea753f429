package de.smartregion.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** How user values appear in messages: bounded, one line, no terminal escapes, no bidi reordering. */
class UserTextTest {

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertThat(UserText.shown("a\nb\r\tc\u001b[31m\u007f\u0085")).isEqualTo("a\\nb\\r\\tc\\u001b[31m\\u007f\\u0085");
        assertThat(UserText.shown("x\u202ey\u2066z\u2069\u200f\u061c\u2028")).isEqualTo(
                "x\\u202ey\\u2066z\\u2069\\u200f\\u061c\\u2028");
        assertThat(UserText.shown("Müller-Lüdenscheidt, Straße 1 (ß) 東京")).isEqualTo("Müller-Lüdenscheidt, Straße 1 (ß) 東京");
        assertThat(UserText.shown(42)).isEqualTo(42);
        assertThat(UserText.shown((Object) null)).isEqualTo("null");
    }

    @Test
    void longValuesAreShortenedWithAnEllipsisWithinTheLimit() {
        String shown = UserText.shown("x".repeat(3_000_000));
        assertThat(shown).hasSize(UserText.LIMIT).endsWith("x…");
        assertThat(UserText.shown("x".repeat(UserText.LIMIT))).isEqualTo("x".repeat(UserText.LIMIT));
        assertThat(UserText.shown("x".repeat(UserText.LIMIT + 1))).hasSize(UserText.LIMIT).endsWith("…");
        // never half an escape, never half a surrogate pair
        assertThat(UserText.shown("x".repeat(UserText.LIMIT - 3) + "\u001b\u001b")).endsWith("x…");
        assertThat(UserText.shown("x".repeat(UserText.LIMIT - 2) + "😀😀")).endsWith("x…");
        assertThat(UserText.visible("y".repeat(10_000) + "\n")).hasSize(10_002).endsWith("\\n");
    }

    @Test
    void showingTwiceChangesNothing() {
        Random random = new Random(3);
        String alphabet = "ab\\\n\u001b\u202e😀…u";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = UserText.shown(s.toString());
            assertThat(once.length()).isLessThanOrEqualTo(UserText.LIMIT);
            assertThat(once.codePoints().noneMatch(UserText::needsEscape)).as(once).isTrue();
            assertThat(UserText.shown(once)).isEqualTo(once);
        }
    }
}
