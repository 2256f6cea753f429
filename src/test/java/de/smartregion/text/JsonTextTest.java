package de.smartregion.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** JsonText writes exactly what Jackson's ObjectMapper wrote with the same pretty printer, for every node kind. */
class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void writesEveryNodeKindAsTheObjectMapperDid() throws Exception {
        ObjectNode root = NODES.objectNode();
        root.put("text", "Straße \"quoted\" \\ tab\t newline\n ünïcödé € \u0001");
        root.put("int", 42);
        root.put("long", 12_345_678_901L);
        root.put("double", 67.35);
        root.put("negative", -0.5);
        root.put("whole double", 40.0);
        root.put("decimal", new BigDecimal("1.10"));
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("float", 1.5f);
        root.put("true", true);
        root.putNull("null");
        root.putObject("empty object");
        root.putArray("empty array");
        root.putArray("array").add(1).add("two").add(3.5).addNull().addObject().put("nested", false);
        root.putObject("object").putArray("inner").addArray().add(NODES.textNode("deep"));

        String expected = new ObjectMapper().writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(root) + "\n";
        assertThat(JsonText.of(root)).isEqualTo(expected);
    }

    @Test
    void looksLikeEveryOtherSmartregionJsonOutput() {
        ObjectNode root = NODES.objectNode();
        root.put("a", 1);
        root.putArray("b").add(2);
        root.putObject("c");
        assertThat(JsonText.of(root)).isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ],\n  \"c\": {}\n}\n");
    }
}
