package edu.lifecycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/**
 * Delivers a one-time sign-in link the way a real provider would e-mail it: into the user's mailbox file
 * {@code <directory>/mailbox/<username>} (0600), which holds the latest message only. Nothing is delivered for an
 * unknown username (and no file is named after one), yet the answer is the same, so it does not reveal who exists.
 */
final class MailboxDelivery implements OneTimeTokenGenerationSuccessHandler {
    static final String FOLDER = "mailbox";
    static final String SENT_PAGE = "/login/ott";

    private final Path mailboxes;
    private final String issuer;

    MailboxDelivery(Path mailboxes, String issuer) {
        this.mailboxes = mailboxes;
        this.issuer = issuer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        if (DemoUsers.find(token.getUsername()).isPresent()) {
            String link =
                    issuer + SENT_PAGE + "?token=" + URLEncoder.encode(token.getTokenValue(), StandardCharsets.UTF_8);
            PrivateFiles.write(
                    PrivateFiles.folder(mailboxes).resolve(token.getUsername()),
                    "To: " + token.getUsername() + "\nSubject: Your sign-in link (valid until " + token.getExpiresAt()
                            + ")\n\n" + link + "\n");
        }
        response.sendRedirect(request.getContextPath() + SENT_PAGE);
    }
}
