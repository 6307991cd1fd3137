package edu.lifecycle.servicekit.state;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/** How one Java type is written to and read from Avro binary; built once per type, then used for every value. */
interface Codec {

    Schema schema();

    void write(Object value, Encoder out) throws IOException;

    /** Reads with a plain binary decoder (the current schema) or a resolving one (an older schema). */
    Object read(Decoder in) throws IOException;
}
