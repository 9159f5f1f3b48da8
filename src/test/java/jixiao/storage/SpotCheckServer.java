package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server of the spot-check and review tests, on the database of the subclass, with a department account
 * (甲单位) and an auditor beside the bureau's admin, and what their tests share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpotCheckServer {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    StorageHarness app;
    String department;
    String auditor;

    abstract String jdbcUrl() throws Exception;

    void dispose() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        app = new StorageHarness(jdbcUrl());
        department = account("dept-a", "DEPARTMENT", "甲单位");
        auditor = account("auditor-a", "AUDITOR", null);
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
        dispose();
    }

    /** A new account's token. */
    String account(String username, String role, String unit) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", "long-enough-password")
                .put("role", role);
        if (unit != null) {
            body.put("unit", unit);
        }
        HttpResponse<String> r = app.post("/api/v1/users", body.toString());
        assertEquals(201, r.statusCode(), r.body());
        return TestLogins.token(app.server.getURL().toString(), username, "long-enough-password");
    }

    HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.server.getURL() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code count} evaluated subjects of {@code unit} in {@code year}: their declaration ids. */
    List<String> subjects(int year, String unit, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        JsonNode example = JSON.readTree(StorageHarness.example("hunan-property-management"));
        for (int i = 0; i < count; i++) {
            ObjectNode d = (ObjectNode) example.get("declaration").deepCopy();
            d.put("year", year).put("unit", unit).put("name", "物业管理费" + i);
            HttpResponse<String> r = app.post("/api/v1/declarations", d.toString());
            assertEquals(201, r.statusCode(), r.body());
            String id = JSON.readTree(r.body()).get("id").asText();
            HttpResponse<String> e = app.post("/api/v1/declarations/" + id + "/assessments",
                    example.get("assessment").toString());
            assertEquals(201, e.statusCode(), e.body());
            ids.add(id);
        }
        return ids;
    }

    JsonNode spotCheck(int year, String body) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/years/" + year + "/spot-checks", body);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

}
