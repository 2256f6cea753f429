package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void radarPointsSitOnTheirAxesAtTheirScore() {
        Charts.Radar radar = Charts.radar(List.of(new Charts.Axis("A", 100.0, "100"),
                new Charts.Axis("B", 50.0, "50"), new Charts.Axis("C", 0.0, "0"), new Charts.Axis("D", null, "–")));
        // centre (300, 210), radius 140; axes clockwise from the top
        assertThat(radar.dots()).extracting(Charts.Point::x, Charts.Point::y).containsExactly(
                org.assertj.core.groups.Tuple.tuple("300.0", "70.0"),
                org.assertj.core.groups.Tuple.tuple("370.0", "210.0"),
                org.assertj.core.groups.Tuple.tuple("300.0", "210.0"),
                org.assertj.core.groups.Tuple.tuple("300.0", "210.0"));
        assertThat(radar.rings()).hasSize(5);
        assertThat(radar.rings().get(4)).isEqualTo("300.0,70.0 440.0,210.0 300.0,350.0 160.0,210.0");
        assertThat(radar.labels()).extracting(Charts.Label::anchor).containsExactly("middle", "start", "middle", "end");
    }

    @Test
    void radarWidensSoThatALongSideLabelStaysInsideThePicture() {
        String longLabel = "Infrastructure & connectivity";
        String shorter = "Citizen participation";
        Charts.Radar radar = Charts.radar(List.of(new Charts.Axis("A", 50.0, "50"),
                new Charts.Axis(shorter, 50.0, "50"), new Charts.Axis("C", 50.0, "50"),
                new Charts.Axis(longLabel, 50.0, "50")));
        // the left label ends 156 left of the centre and runs 29 x 6.8 = 197.2 further; with an 8 margin the
        // half width is ceil(361.2) = 362, and the picture stays symmetric around the centre
        assertThat(radar.width()).isEqualTo(724);
        assertThat(radar.cx()).isEqualTo("362.0");
        Charts.Label right = radar.labels().get(1);
        Charts.Label left = radar.labels().get(3);
        assertThat(right.anchor()).isEqualTo("start");
        assertThat(left.anchor()).isEqualTo("end");
        // 6.8 per character is the estimate the width rests on: 12px Open Sans averages about 6.2
        assertThat(Double.parseDouble(left.x()) - longLabel.length() * 6.8).isGreaterThanOrEqualTo(0);
        assertThat(Double.parseDouble(right.x()) + shorter.length() * 6.8).isLessThanOrEqualTo(radar.width());
    }

    @Test
    void radarKeepsItsWidthForShortLabels() {
        Charts.Radar radar = Charts.radar(List.of(new Charts.Axis("A", 50.0, "50"), new Charts.Axis("B", 50.0, "50"),
                new Charts.Axis("C", 50.0, "50")));
        assertThat(radar.width()).isEqualTo(600);
    }

    @Test
    void coordinatesIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Charts.num(12.34)).isEqualTo("12.3");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void cellNumbersContrastWithTheirShadeAsWcagAsksForSmallText() {
        for (int tenths = 0; tenths <= 1000; tenths++) {
            Charts.Shade shade = Charts.shade(tenths / 10.0);
            assertThat(contrast(shade.fill(), shade.ink())).as("score %s: %s on %s", tenths / 10.0, shade.ink(),
                    shade.fill()).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    @Test
    void shadesRunFromRedOverAmberToGreen() {
        assertThat(Charts.shade(0.0).fill()).isEqualTo("#d73027");
        assertThat(Charts.shade(50.0).fill()).isEqualTo("#fdd078");
        assertThat(Charts.shade(100.0).fill()).isEqualTo("#1a9850");
        assertThat(Charts.shade(null).fill()).isEqualTo("#e5e7eb");
        assertThat(Charts.shade(0.0).ink()).isEqualTo("#ffffff");
        assertThat(Charts.shade(100.0).ink()).isEqualTo("#000000");
        assertThat(Charts.shade(50.0).ink()).isEqualTo("#000000");
    }

    /** The threshold is named among the lines' names, apart from a line that ends on it, not inside the plot. */
    @Test
    void theThresholdIsNamedBesideTheLinesNotUnderThem() {
        Charts.LineChart chart = Charts.lineChart(List.of("2025", "2026"),
                List.of(new Charts.LineSeries("Index", de.smartregion.model.Scores.of(java.util.Arrays.asList(40.0, 50.0)),
                        true, "50")), 50.0, "Schwelle 50");
        Charts.Line line = chart.lines().get(0);
        assertThat(chart.thresholdY()).isEqualTo(line.legendY());
        // beyond the plot's right edge, 14 units apart from the line's name that stands at the same height
        assertThat(Math.abs(Double.parseDouble(chart.thresholdLegendY()) - Double.parseDouble(line.legendY())))
                .isGreaterThanOrEqualTo(14);
        assertThat(Double.parseDouble(line.legendX())).isGreaterThan(Double.parseDouble(chart.right()));
        assertThat(Charts.lineChart(List.of("2026"), List.of(), null, "").thresholdLegendY()).isEmpty();
    }

    /**
     * The names beyond the plot can be drawn apart from it ({@code plotWidth}); listed one under the other for a narrow
     * screen, they keep their order beside the plot: the threshold 50 above the index ending at 45, 18 apart.
     */
    @Test
    void theNamesCanStandApartFromThePlotInTheOrderTheyHaveBesideIt() {
        Charts.LineChart chart = Charts.lineChart(List.of("2025", "2026"),
                List.of(new Charts.LineSeries("Index", de.smartregion.model.Scores.of(java.util.Arrays.asList(40.0, 45.0)),
                        true, "45")), 50.0, "Schwelle 50");
        Charts.Line line = chart.lines().get(0);
        assertThat(chart.plotWidth()).isGreaterThan((int) Double.parseDouble(chart.right()))
                .isLessThan((int) Double.parseDouble(line.sampleX1()));
        assertThat(chart.plotWidth() + chart.legendWidth()).isEqualTo(chart.width());
        assertThat(Double.parseDouble(chart.thresholdListY())).isEqualTo(10);
        assertThat(Double.parseDouble(line.listY())).isEqualTo(28);
        assertThat(chart.listHeight()).isEqualTo(38);
    }
}
