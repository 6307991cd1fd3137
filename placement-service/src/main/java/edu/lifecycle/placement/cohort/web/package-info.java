/** Reading the programme year a request names, and whether it may be reported on. */
package edu.lifecycle.placement.cohort.web;
