/** REST: the pending validations of a programme year. */
package edu.lifecycle.placement.validation.web;
