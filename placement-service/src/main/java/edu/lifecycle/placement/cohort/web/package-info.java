/** Reading the programme year a request names. */
package edu.lifecycle.placement.cohort.web;
