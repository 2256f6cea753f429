package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A level label that names its number is not numbered twice ("2 – Stufe 2 – Formular-Assistent"). */
class AnswerTextsTest {

    @Test
    void aLabelNamesItsNumberOnlyAsAWordOfItsOwn() {
        assertThat(AnswerTexts.namesNumber("Stufe 2 – Formular-Assistent", "2")).isTrue();
        assertThat(AnswerTexts.namesNumber("Level 2 – form assistant", "2")).isTrue();
        assertThat(AnswerTexts.namesNumber("2 Tage", "2")).isTrue();
        assertThat(AnswerTexts.namesNumber("planen", "2")).isFalse();
        assertThat(AnswerTexts.namesNumber("über 20 Leistungen", "2")).isFalse();
        assertThat(AnswerTexts.namesNumber("Stufe2", "2")).isFalse();
        assertThat(AnswerTexts.namesNumber("B2B-Portal", "2")).isFalse();
    }
}
