/** REST: the experience of a programme year against its requirement. */
package edu.lifecycle.placement.experience.web;
