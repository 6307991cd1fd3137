/** REST view of a programme year's intake: seats taken and the waitlist. */
package edu.lifecycle.admissions.intake.web;
