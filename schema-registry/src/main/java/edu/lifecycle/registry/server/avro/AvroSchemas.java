package edu.lifecycle.registry.server.avro;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

/**
 * Turns schema text into Avro schemas and into the strings the registry stores and compares.
 *
 * <p>The stored form is {@link Schema#toString(java.util.Collection, boolean)} of the parsed schema, as Confluent's
 * {@code AvroSchema.canonicalString()}: whitespace collapses and types defined by referenced versions are written by
 * name. Attribute order survives it, which is why equal-looking schemas are also compared
 * {@linkplain AvroEquivalence parsed}. With {@code normalize} the {@linkplain NormalizedForm normalized form} is
 * stored instead.
 */
public final class AvroSchemas {

    /**
     * Parses {@code text} after the texts of the versions it references, in dependency order.
     *
     * @throws InvalidSchemaException with Avro's reason
     */
    public ParsedTexts parse(String text, List<String> referencedTexts, Strictness strictness) {
        // A parser remembers the names it has seen: the referenced types become known to the main schema.
        Schema.Parser parser = strictness == Strictness.NEW
                ? new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true)
                : new Schema.Parser(NameValidator.NO_VALIDATION).setValidateDefaults(false);
        try {
            List<Schema> referenced = new ArrayList<>();
            for (String referencedText : referencedTexts) {
                referenced.add(parser.parse(referencedText));
            }
            return new ParsedTexts(parser.parse(text), referenced);
        } catch (RuntimeException e) {
            throw new InvalidSchemaException(e.getMessage(), e);
        }
    }

    /** The text under which the schema is stored, looked up and given an id. */
    public String storedForm(ResolvedSchema schema, boolean normalize) {
        if (normalize) {
            Set<String> referencedNames =
                    schema.referenced().stream().map(Schema::getFullName).collect(Collectors.toSet());
            return NormalizedForm.of(schema.avro(), referencedNames);
        }
        return schema.avro().toString(schema.referenced(), false);
    }

    /**
     * A schema and the top-level types of the texts parsed before it.
     *
     * @param schema the schema
     * @param referenced the referenced types, in the order given
     */
    public record ParsedTexts(Schema schema, List<Schema> referenced) {}
}
