package edu.lifecycle.testing;

/** A started broker and registry, stopped when the test run ends. */
interface RunningStack extends AutoCloseable {

    StackEndpoints endpoints();

    @Override
    void close();
}
