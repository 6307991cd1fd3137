package edu.lifecycle.curriculum.graduation.web;

import static edu.lifecycle.curriculum.graduation.FlatChecklists.GRADUATE;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.SETTLED_BEFORE_ENROLMENT;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.fieldNames;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import edu.lifecycle.curriculum.graduation.FlatChecklists;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The checklist's answer is one flat object whatever parts the domain keeps it in: the operations console, the
 * system tests and outside clients read these fields. The expected bodies are what the release before the checklist
 * was kept in parts answered for the same checklists ({@link FlatChecklists}).
 */
class GraduationChecklistResponseTest {

    private final MockMvc mvc;

    GraduationChecklistResponseTest() {
        mvc = MockMvcBuilders.standaloneSetup(new GraduationChecklistController(
                        routerOver(FlatChecklists.graduate(), FlatChecklists.settledBeforeEnrolment())))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    /** A router over this instance's store holding the given checklists. */
    @SuppressWarnings("unchecked")
    private static KeyQueryRouter routerOver(GraduationChecklist... checklists) {
        var self = new ThisInstance("localhost", () -> 8080);
        var streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.queryMetadataForKey(anyString(), any(), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(self.hostInfo(), Set.of(), 0));
        ReadOnlyKeyValueStore<String, GraduationChecklist> store = mock(ReadOnlyKeyValueStore.class);
        for (GraduationChecklist checklist : checklists) {
            when(store.get(checklist.studentId())).thenReturn(checklist);
        }
        when(streams.store(any(StoreQueryParameters.class))).thenReturn(store);
        var stores = new StoreQueries(name -> Optional.of(streams), self);
        return new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
    }

    @Test
    void aGraduatesChecklistAnswersTheFlatObjectItAnsweredBefore() throws Exception {
        var body = json(answer("stu-1"));

        // Equal as JSON (a map's entries come in no fixed order), fields in the same order.
        assertThat(body).isEqualTo(json(GRADUATE));
        assertThat(fieldNames(body)).isEqualTo(fieldNames(json(GRADUATE)));
    }

    @Test
    void aChecklistBeforeTheEnrolmentAnswersTheSameBytesAsBefore() throws Exception {
        assertThat(answer("stu-2")).isEqualTo(SETTLED_BEFORE_ENROLMENT);
    }

    private String answer(String studentId) throws Exception {
        var response = mvc.perform(get("/api/v1/students/{id}/graduation-checklist", studentId))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
