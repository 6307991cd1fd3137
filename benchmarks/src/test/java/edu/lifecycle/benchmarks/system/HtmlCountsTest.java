package edu.lifecycle.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a console page showed: data rows, and the parts refused for the role or failed. */
class HtmlCountsTest {

    private static final String PAGE = """
            <section id="pipeline"><table>
              <thead><tr><th scope="col">studentId</th></tr></thead>
              <tbody><tr class="x"><td>s00001</td></tr><tr><td>s00002</td></tr></tbody>
            </table></section>
            <section id="rejections"><p class="refusal forbidden" role="status">Not for your role: …</p></section>
            <section id="intake"><p class="refusal" role="status">Admissions does not answer: timeout</p></section>
            <dl><dt>Billing</dt><dd><p class="refusal">Not for your role: policy rejections are for operations</p></dd></dl>
            <h1>Not for your role</h1>
            <section id="track"><p>trailing text</p></section>
            """;

    @Test
    void countsDataRowsButNotHeaderRows() {
        assertThat(HtmlCounts.tableRows(PAGE)).isEqualTo(2);
    }

    @Test
    void tellsARefusalForTheRoleFromAFailure() {
        assertThat(HtmlCounts.refusedForRole(PAGE)).isEqualTo(2);
        assertThat(HtmlCounts.failed(PAGE)).isEqualTo(1);
    }
}
