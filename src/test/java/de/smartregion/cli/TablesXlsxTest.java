package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare and trend as workbooks: one sheet per table, numbers as numbers, municipality keys as text with their
 * leading zeros, the header frozen, the same bytes on every run.
 */
class TablesXlsxTest {

    @TempDir
    Path dir;

    private Path run(String... args) {
        CliRun run = CliRun.run(args);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return dir;
    }

    private static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theComparisonHasASheetPerTableWithNumbersAsNumbersAndKeysAsText() throws IOException {
        Path xlsx = dir.resolve("comparison.xlsx");
        run("compare", "examples", "--group-by", "state", "-f", "xlsx", "-o", xlsx.toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("ranking", "statistics", "groups");
            List<Row> ranking = sheets.get(0).read();
            assertThat(ranking.get(0).getCellText(1)).isEqualTo("id");
            Row first = ranking.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).asString()).isEqualTo("03999000");
            assertThat(first.getCell(7).asNumber()).isEqualByComparingTo(new BigDecimal("67.8"));
            assertThat(ranking).hasSize(7);
            List<Row> statistics = sheets.get(1).read();
            assertThat(statistics.get(0).getCellText(0)).isEqualTo("key");
            assertThat(statistics.get(1).getCellText(0)).isEqualTo("overall");
            assertThat(statistics.get(1).getCell(1).asNumber()).isEqualByComparingTo(new BigDecimal(6));
            assertThat(sheets.get(2).read().get(1).getCellText(0)).isNotBlank();
        }
        assertThat(part(xlsx, "xl/worksheets/sheet1.xml")).contains("ySplit=\"1\"", "state=\"frozen\"");
        Path again = dir.resolve("again.xlsx");
        run("compare", "examples", "--group-by", "state", "-f", "xlsx", "-o", again.toString());
        assertThat(java.util.Arrays.equals(Files.readAllBytes(xlsx), Files.readAllBytes(again)))
                .as("the same bytes on every run").isTrue();
    }

    @Test
    void theTrendIsOneSheetOfRowsPerMunicipalityAndPeriod() throws IOException {
        run("trend", "examples", "-f", "xlsx", "-o", dir.resolve("trend.xlsx").toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(dir.resolve("trend.xlsx").toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("trend");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(5)).isEqualTo("change");
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("03999000");
            assertThat(rows.get(1).getCell(2).getType()).as("the period is text").isEqualTo(CellType.STRING);
            assertThat(rows.get(2).getCell(5).asNumber()).isEqualByComparingTo(new BigDecimal("6.79"));
        }
    }
}
