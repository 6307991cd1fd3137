package edu.lifecycle.servicekit.rejection;

import edu.lifecycle.servicekit.command.PolicyRejection;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.Page;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.stream.PolicyRejectionsReadModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/policy-rejections}: the events of other services that this service's rules refused, oldest
 * first, so that no policy refuses silently (e.g. billing refusing to open an account for a year it cannot bill).
 */
@RestController
@Validated
@Tag(name = "Operations", description = "What an operator needs to see")
public class PolicyRejectionsController {

    static final String PATH = "/api/v1/policy-rejections";

    private final KeyQueryRouter router;
    private final StoreQueries stores;

    public PolicyRejectionsController(KeyQueryRouter router, StoreQueries stores) {
        this.router = router;
        this.stores = stores;
    }

    /**
     * One page of rejections.
     *
     * @param items the rejections of this page, oldest first
     * @param next the {@code after} of the next page; absent on the last page
     */
    public record RejectionsPage(List<PolicyRejection> items, String next) {}

    @GetMapping(PATH)
    @Operation(
            summary = "Other services' events this service refused",
            description = "Each names the student, the policy, the command it asked for and the rule that refused "
                    + "it, oldest first. Page with the previous page's next as after.")
    public ResponseEntity<?> rejections(
            @Parameter(description = "The next of the previous page; absent for the first page")
                    @RequestParam(required = false)
                    @Pattern(regexp = "[0-9]{20}\\|[A-Za-z0-9._:|@-]{1,300}")
                    String after,
            @Parameter(description = "Rejections per page")
                    @RequestParam(defaultValue = StorePages.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit,
            HttpServletRequest request) {
        return router.route(request, PolicyRejectionsReadModel.STORE, PolicyRejection.ROUTING_KEY, () -> {
            Page<PolicyRejection> page = stores.page(PolicyRejectionsReadModel.STORE, "", after, limit);
            return ResponseEntity.ok(new RejectionsPage(
                    page.items().stream().map(Page.Item::value).toList(), page.next()));
        });
    }
}
