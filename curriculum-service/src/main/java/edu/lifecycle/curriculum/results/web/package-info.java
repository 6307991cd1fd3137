/** REST for cohort results. */
package edu.lifecycle.curriculum.results.web;
