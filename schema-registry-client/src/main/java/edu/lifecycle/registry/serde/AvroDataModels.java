package edu.lifecycle.registry.serde;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;

/** The GenericData used for generic records and primitives. */
final class AvroDataModels {

    private AvroDataModels() {}

    /**
     * Plain GenericData (decimals as ByteBuffer, timestamps as long) unless {@code avro.use.logical.type.converters}
     * asks for Java types. SpecificRecords ignore this: their generated class brings its own conversions.
     */
    static GenericData generic(boolean useLogicalTypeConverters) {
        if (!useLogicalTypeConverters) {
            return GenericData.get();
        }
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
        return model;
    }
}
