/** REST: the work-study numbers of a programme year. */
package edu.lifecycle.placement.workstudy.web;
