package de.smartregion.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The PDF renderer's line breaker, which breaks long web addresses at their dots and slashes, except where that or
 * Java's breaker tears what belongs together:
 * <ul>
 *   <li>a German closing quote stays with its word. Java's breaker takes “ (U+201C) for an opening quote and
 *   allows a break before it, so that it started a line of its own ("geworden ist / “: Rat 50"). A character to bind
 *   it instead would be in the text: U+FEFF breaks PDF/UA (7.21.7), and the breaker ignores U+2060;</li>
 *   <li>an abbreviation of single letters stays whole: the address rule broke "e.g." after "e." ("verified, e. /
 *   g. with").</li>
 * </ul>
 */
final class ReportLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at > 0 && at < text.length() && (tearsClosingQuote(at) || splitsAbbreviation(at))) {
            at = delegate.next();
        }
        return at;
    }

    private boolean tearsClosingQuote(int at) {
        return text.charAt(at) == '“' && !Character.isWhitespace(text.charAt(at - 1));
    }

    /** A break after the dot of a single letter ("e." of "e.g.", "z." of "z.B.") before another letter. */
    private boolean splitsAbbreviation(int at) {
        return at >= 2 && text.charAt(at - 1) == '.' && Character.isLetter(text.charAt(at - 2))
                && (at == 2 || !Character.isLetterOrDigit(text.charAt(at - 3))) && Character.isLetter(text.charAt(at));
    }
}
