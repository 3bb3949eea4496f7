package org.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the JSON API of a running application over real HTTP, as an integration would: signs in through
 * {@code POST /api/v1/auth/token}, then sends the bearer token and reads the server's own timing from the
 * {@code Server-Timing} header of every response.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token = "";

    private ApiClient(String base) {
        this.base = base;
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** Signs in and keeps the token for the following calls. */
    public ApiClient signIn(String username, String password) {
        String body = JSON.writeValueAsString(Map.of("username", username, "password", password));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " "
                    + response.body());
        }
        JsonNode json = JSON.readTree(response.body());
        token = json.get("token").asString();
        return this;
    }

    /** One timed call: its status, the server's own time and the time the client waited, in milliseconds. */
    public record Timed(int status, double serverMillis, double clientMillis, String body) {}

    public Timed get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = send(request);
        double client = (System.nanoTime() - started) / 1_000_000.0;
        String timing = response.headers().firstValue("Server-Timing").orElseThrow(
                () -> new IllegalStateException("No Server-Timing header on " + pathAndQuery));
        return new Timed(response.statusCode(), serverMillis(timing), client, response.body());
    }

    /** Many timed calls after a warm-up; {@code path} gives the path of the i-th call, so that queries can vary. */
    public Run run(int warmUp, int measured, IntFunction<String> path) {
        for (int i = 0; i < warmUp; i++) {
            get(path.apply(i));
        }
        List<Timed> calls = new ArrayList<>(measured);
        for (int i = 0; i < measured; i++) {
            calls.add(get(path.apply(warmUp + i)));
        }
        return new Run(calls);
    }

    /** The measured calls of a run. */
    public record Run(List<Timed> calls) {

        public double[] serverMillis() {
            return calls.stream().mapToDouble(Timed::serverMillis).toArray();
        }

        public double[] clientMillis() {
            return calls.stream().mapToDouble(Timed::clientMillis).toArray();
        }

        public long countWithStatus(int status) {
            return calls.stream().filter(c -> c.status() == status).count();
        }
    }

    /** The {@code dur} of the {@code app} metric of a Server-Timing header, e.g. {@code app;dur=3.25}. */
    static double serverMillis(String header) {
        for (String metric : header.split(",")) {
            String[] parts = metric.trim().split(";");
            if (parts[0].trim().equals("app")) {
                for (String parameter : parts) {
                    String p = parameter.trim();
                    if (p.startsWith("dur=")) {
                        return Double.parseDouble(p.substring(4));
                    }
                }
            }
        }
        throw new IllegalArgumentException("No app;dur in Server-Timing: " + header);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
