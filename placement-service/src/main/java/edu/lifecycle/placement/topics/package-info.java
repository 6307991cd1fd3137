/** Every topic placement reads or writes, named once with its serdes. */
package edu.lifecycle.placement.topics;
