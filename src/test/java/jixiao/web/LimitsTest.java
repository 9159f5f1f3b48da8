package jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private final Json json = new Json();

    private JsonNode read(String text) throws Exception {
        return json.requests().readTree(text);
    }

    @Test
    void aNumberTooLongToWriteOutIsRefusedNamingWhereItIs() throws Exception {
        JsonNode doc = read("{\"a\": 1, \"b\": [2, {\"c\": [3, 1e999999]}]}");
        RequestProblem top = assertThrows(RequestProblem.class, () -> Limits.numbers(doc, ""));
        assertEquals("INVALID_VALUE", top.code());
        assertEquals("b[1].c[1]", top.path());
        RequestProblem item = assertThrows(RequestProblem.class, () -> Limits.numbers(doc, "[4]"));
        assertEquals("[4].b[1].c[1]", item.path());
        JsonNode array = read("[-1e-999999]");
        RequestProblem root = assertThrows(RequestProblem.class, () -> Limits.numbers(array, "x"));
        assertEquals("x[0]", root.path());
    }

    @Test
    void numbersThatCanBeWrittenOutPass() throws Exception {
        Limits.numbers(read("{\"a\": 1e500, \"b\": [2.5, -0.000001, {\"c\": 123456789012345678901234567890}]}"), "");
    }
}
