package edu.lifecycle.benchmarks.system;

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
import java.util.function.Supplier;

/**
 * The service calls behind each console page, in the order its controller starts them (all together), so that a
 * slow page can be taken apart: each call timed on its own, with the same role's token, straight to the service.
 * Written down from the console's controllers; a page whose controller changes needs its line here changed too.
 */
final class PageCalls {

    /** One call: which service (admissions, billing, curriculum, placement), the path, and what it asks to get. */
    record Call(String service, String path, String accept) {

        static Call json(String service, String path) {
            return new Call(service, path, "application/json");
        }

        String label() {
            return service + " " + path;
        }
    }

    private static final String YEAR = "/api/v1/programmes/M2-ISD/years/2026-2027";
    private static final List<String> SERVICES = List.of("admissions", "billing", "curriculum", "placement");

    private PageCalls() {}

    /** The calls of the page named as in {@link ConsoleSection#pages}, for {@code student}'s pages. */
    static List<Call> of(String page, String student) {
        var calls = new ArrayList<Call>();
        switch (page) {
            case "overview" -> {
                calls.add(Call.json("admissions", YEAR + "/funnel"));
                calls.add(Call.json("billing", YEAR + "/receivables"));
                calls.add(Call.json("curriculum", YEAR + "/results"));
                calls.add(Call.json("placement", YEAR + "/graduate-outcomes"));
                calls.add(Call.json("placement", YEAR + "/experience?size=1"));
                calls.add(Call.json("curriculum", "/api/v1/defenses?status=SCHEDULED&limit=500"));
                SERVICES.forEach(service -> calls.add(Call.json(service, "/api/v1/dead-letters")));
                SERVICES.forEach(service -> calls.add(Call.json(service, "/api/v1/policy-rejections")));
            }
            case "admissions pipeline" -> {
                calls.add(Call.json("admissions", YEAR + "/applications?page=0&size=25"));
                calls.add(Call.json("admissions", YEAR + "/intake"));
            }
            case "an application" -> calls.add(Call.json("admissions", "/api/v1/applications/" + student));
            case "billing" -> {
                calls.add(Call.json("billing", YEAR + "/receivables"));
                calls.add(Call.json("billing", YEAR + "/overdue?limit=25"));
            }
            case "an account" -> calls.add(Call.json("billing", "/api/v1/accounts/" + student));
            case "a transcript" -> {
                calls.add(Call.json("curriculum", "/api/v1/transcripts/" + student));
                calls.add(Call.json("curriculum", "/api/v1/students/" + student + "/graduation-checklist"));
            }
            case "a student's placements" ->
                calls.add(Call.json("placement", "/api/v1/students/" + student + "/placements"));
            case "placement" -> {
                calls.add(Call.json("placement", YEAR + "/experience?page=0&size=25"));
                calls.add(Call.json("placement", YEAR + "/graduate-outcomes"));
                calls.add(Call.json("placement", YEAR + "/pending-validations"));
                calls.add(Call.json("placement", YEAR + "/work-study"));
            }
            case "a student file" -> {
                calls.add(Call.json("admissions", "/api/v1/students/" + student + "/timeline"));
                calls.add(Call.json("admissions", "/api/v1/applications/" + student));
                calls.add(Call.json("billing", "/api/v1/accounts/" + student));
                calls.add(Call.json("curriculum", "/api/v1/transcripts/" + student));
                calls.add(Call.json("curriculum", "/api/v1/students/" + student + "/graduation-checklist"));
                calls.add(Call.json("placement", "/api/v1/students/" + student + "/placements"));
            }
            case "system" ->
                SERVICES.forEach(service -> {
                    calls.add(Call.json(service, "/actuator/health"));
                    calls.add(Call.json(service, "/api/v1/dead-letters"));
                    calls.add(Call.json(service, "/api/v1/policy-rejections"));
                });
            default -> {
                if (page.startsWith("curriculum")) {
                    calls.add(Call.json("curriculum", YEAR + "/results"));
                    calls.add(Call.json("curriculum", YEAR + "/graduation-readiness?limit=50"));
                    calls.add(Call.json("curriculum", "/api/v1/defenses?limit=25"));
                } else {
                    throw new IllegalArgumentException("No calls known for page " + page);
                }
            }
        }
        return calls;
    }

    /** A call timed once: its status, its size and how long until its last byte. */
    record Timed(int status, int bytes, long nanos) {}

    /** Times {@code call} against the services at {@code urls} (by service name), as {@code authorization}. */
    static Timed time(HttpClient http, Map<String, String> urls, Call call, Supplier<String> authorization) {
        var request = HttpRequest.newBuilder(URI.create(urls.get(call.service()) + call.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", call.accept())
                .header("Authorization", authorization.get())
                .GET()
                .build();
        long begin = System.nanoTime();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Timed(response.statusCode(), response.body().length, System.nanoTime() - begin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }
}
