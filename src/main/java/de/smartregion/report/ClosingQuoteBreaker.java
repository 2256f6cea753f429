package de.smartregion.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The PDF renderer's line breaker, except that a German closing quote stays with its word. Java's breaker takes
 * “ (U+201C) for an opening quote and allows a break before it, so that it started a line of its own ("geworden
 * ist / “: Rat 50"). A character to bind it instead would be in the text: U+FEFF breaks PDF/UA (7.21.7), and the
 * breaker ignores U+2060.
 */
final class ClosingQuoteBreaker implements FSTextBreaker {

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
        while (at > 0 && at < text.length() && text.charAt(at) == '“' && !Character.isWhitespace(text.charAt(at - 1))) {
            at = delegate.next();
        }
        return at;
    }
}
