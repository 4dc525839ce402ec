//! The facilitator's group view: collecting responses by code, link and
//! file, the group's figures and disagreements, and its exports.

pub mod add_responses;
pub mod disagreements;
pub mod dot_plot;
pub mod marker;
pub mod members;
pub mod own_readiness;
pub mod paper;
pub mod resubmissions;
pub mod ringed;
pub mod screen;
pub mod situation;
pub mod summary;
