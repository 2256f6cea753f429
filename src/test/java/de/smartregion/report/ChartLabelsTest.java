package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.input.InvalidInputException;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Scores;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field title of the bundled questionnaire stands in full in the comparison's heat map and box plot, in both
 * languages: measured with the real metrics of the Open Sans the PDF sets chart text in (the charts themselves
 * estimate from a table), and checked against the picture's edges as the templates place and rotate the labels.
 */
class ChartLabelsTest {

    private static final Questionnaire Q = questionnaire();
    private static final Font OPEN_SANS = openSans();
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theHeatMapShowsEveryColumnLabelInFull(String language) {
        List<String> titles = titles(language);
        Charts.HeatGrid grid = Charts.heatGrid(titles, List.of(row("1. Auenburg", titles.size())));
        double labelY = Double.parseDouble(grid.columnLabelY());
        double sin = Math.sin(Math.toRadians(Charts.GRID_LABEL_ANGLE));
        double cos = Math.cos(Math.toRadians(Charts.GRID_LABEL_ANGLE));
        for (Charts.HeatColumn column : grid.columns()) {
            double width = width(column.label(), Charts.GRID_LABEL_FONT);
            double ascent = OPEN_SANS.getLineMetrics(column.label(), CONTEXT).getAscent() * Charts.GRID_LABEL_FONT;
            // the label's end, rotated upwards from (x, labelY), with the tops of its glyphs
            double top = labelY - width * sin - ascent * cos;
            double right = Double.parseDouble(column.x()) + width * cos;
            assertThat(top).as("top of %s", column.label()).isGreaterThanOrEqualTo(0);
            assertThat(right).as("end of %s", column.label()).isLessThanOrEqualTo(grid.width());
        }
        // the grid begins below the labels' start
        assertThat(Double.parseDouble(grid.rows().get(0).y())).isGreaterThan(labelY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theBoxPlotShowsEveryRowLabelInFull(String language) {
        Charts.BoxPlot plot = Charts.boxplot(distributions(language));
        double end = Double.parseDouble(plot.labelX());
        for (Charts.Box box : plot.boxes()) {
            assertThat(end - width(box.label(), Charts.BOX_LABEL_FONT)).as(box.label()).isGreaterThanOrEqualTo(0);
        }
        // the labels end left of the plot
        assertThat(end).isLessThan(Double.parseDouble(plot.axisLeft()));
    }

    @Test
    void theGermanChartsMakeRoomForDaseinsvorsorgeUndBevoelkerungsschutz() {
        List<String> titles = titles("de");
        Charts.HeatGrid grid = Charts.heatGrid(titles, List.of(row("1. Auenburg", titles.size())));
        // 201 units wide in 11px Open Sans, 221 with the allowance for wider fallback fonts: it rises 142, its glyphs
        // 8 more, and 4 stay spare
        assertThat(grid.columnLabelY()).isEqualTo("155");
        assertThat(grid.width()).isEqualTo(955);
        assertThat(grid.rowLabelX()).isEqualTo("184.0");
        Charts.BoxPlot plot = Charts.boxplot(distributions("de"));
        assertThat(plot.labelX()).isEqualTo("226.0");
        assertThat(plot.axisLeft()).isEqualTo("236.0");
        assertThat(plot.width()).isEqualTo(636);
    }

    @Test
    void shortLabelsKeepTheChartsAtTheirLeastSize() {
        Charts.HeatGrid grid = Charts.heatGrid(List.of("A", "B"), List.of(row("1. X", 2)));
        assertThat(grid.columnLabelY()).isEqualTo("104");
        assertThat(grid.rows().get(0).y()).isEqualTo("110.0");
        assertThat(grid.width()).isEqualTo(190 + 2 * 56 + 8);
        Charts.BoxPlot plot = Charts.boxplot(List.of(new Charts.Distribution("A", 1, 2, 3, 4, 5, 3, 1)));
        assertThat(plot.labelX()).isEqualTo("200.0");
    }

    @Test
    void aLongMunicipalityNameWidensTheHeatMapUpToItsLimit() {
        String name = "1. Verbandsgemeinde Bad Marienberg (Westerwald)";
        Charts.HeatGrid grid = Charts.heatGrid(List.of("A"), List.of(row(name, 1)));
        assertThat(Double.parseDouble(grid.rowLabelX()) - width(name, Charts.GRID_LABEL_FONT))
                .isGreaterThanOrEqualTo(0);
        Charts.HeatGrid endless = Charts.heatGrid(List.of("A"), List.of(row("1. " + "x".repeat(500), 1)));
        assertThat(endless.rowLabelX()).isEqualTo(Charts.GRID_LABEL_MAX_WIDTH - 6 + ".0");
    }

    /** A name beyond the limit is cut with an ellipsis inside the picture, not at its edge mid-letter. */
    @Test
    void aNameBeyondTheLimitEndsWithAnEllipsisInsideThePicture() {
        String name = "12. Verbandsgemeinde Rhein-Selz, Ortsgemeinde Guntersblum am Rhein (Rheinhessen-Pfalz)";
        Charts.HeatGrid grid = Charts.heatGrid(List.of("A"), List.of(row(name, 1)));
        String shown = grid.rows().get(0).label();
        assertThat(shown).startsWith("12. Verbandsgemeinde Rhein-Selz").endsWith("\u2026").hasSizeLessThan(name.length());
        assertThat(width(shown, Charts.GRID_LABEL_FONT)).isLessThanOrEqualTo(Double.parseDouble(grid.rowLabelX()));
        // a name that fits stays whole
        assertThat(Charts.heatGrid(List.of("A"), List.of(row("1. Auenburg", 1))).rows().get(0).label())
                .isEqualTo("1. Auenburg");
    }

    @Test
    void theEstimateIsNeverBelowOpenSansItself() {
        List<String> labels = new ArrayList<>(titles("de"));
        labels.addAll(titles("en"));
        labels.addAll(List.of("Gesamtindex", "Overall index", "3. Landkreis Fläming-Heide", "Łódź – „Żółć“ …",
                "WWW MMM", "iiii llll"));
        for (String label : labels) {
            assertThat(LabelWidths.of(label, 11)).as(label).isGreaterThanOrEqualTo(width(label, 11));
        }
    }

    private static double width(String text, double size) {
        return OPEN_SANS.deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The box plot's rows: the overall index, then the fields. */
    private static List<Charts.Distribution> distributions(String language) {
        List<Charts.Distribution> rows = new ArrayList<>();
        rows.add(new Charts.Distribution("de".equals(language) ? "Gesamtindex" : "Overall index", 10, 20, 30, 40,
                50, 30, 6));
        for (String title : titles(language)) {
            rows.add(new Charts.Distribution(title, 10, 20, 30, 40, 50, 30, 6));
        }
        return rows;
    }

    private static Charts.HeatValues row(String label, int columns) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            texts.add("50");
        }
        return new Charts.HeatValues(label, Scores.of(columns, i -> 50.0), texts);
    }

    /** The field titles, as the heat map's columns. */
    private static List<String> titles(String language) {
        List<String> titles = new ArrayList<>();
        for (Field f : Q.fields()) {
            titles.add(f.title().in(language, Q.defaultLanguage()));
        }
        return titles;
    }

    private static Questionnaire questionnaire() {
        try {
            return new QuestionnaireRegistry().find(new QuestionnaireRef("smart-region", null));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Font openSans() {
        try (InputStream in = ChartLabelsTest.class.getResourceAsStream("/fonts/OpenSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
