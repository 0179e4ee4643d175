//! newsclaim on a Ballista cluster: a scheduler, executors and clients that know newsclaim's
//! functions (feature `ballista`).
//!
//! Ballista ships logical and physical plans between processes by name: a plan calling
//! `newsclaim_claims` is decoded on the scheduler and run on an executor only where that name is
//! registered. So every process of the cluster is started through this module:
//!
//! - the **scheduler** with [`run_scheduler`] (its sessions come from [`session_state`]);
//! - each **executor** with [`run_executor`] (its function registry is [`function_registry`]);
//! - the **client** with [`remote`] (or [`standalone`], an in-process scheduler and executor for
//!   tests and single machines), then [`crate::digest()`] or your own SQL as on any session.
//!
//! On a real cluster: one machine runs the scheduler, N machines run an executor each pointing at
//! it, every process reading the corpus and writing the outputs through paths (or an object store
//! registered on the session) that all of them see; the `ballista_digest` example starts the three
//! processes on one machine.

use crate::{functions, NewsclaimContext};
use ballista::prelude::SessionContextExt;
use ballista_core::config::TaskSchedulingPolicy;
use ballista_core::extension::SessionConfigExt;
use ballista_core::registry::BallistaFunctionRegistry;
use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use datafusion::common::{DataFusionError, Result};
use datafusion::execution::{FunctionRegistry, SessionState};
use datafusion::prelude::{SessionConfig, SessionContext};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

fn ballista_error(e: ballista_core::error::BallistaError) -> DataFusionError {
    DataFusionError::External(Box::new(e))
}

/// Ballista's default session state for `config` with newsclaim's functions registered: what the
/// scheduler plans with and what a client submits from.
pub fn session_state(config: SessionConfig) -> Result<SessionState> {
    let mut state = ballista_core::utils::default_session_builder(config)?;
    for function in functions() {
        state.register_udf(function)?;
    }
    Ok(state)
}

/// The functions of [`session_state`] (DataFusion's and Ballista's defaults, nested and array
/// functions included, and newsclaim's): what an executor resolves function names in.
pub fn function_registry() -> Result<BallistaFunctionRegistry> {
    Ok(BallistaFunctionRegistry::from(&session_state(SessionConfig::new_with_ballista())?))
}

/// A client session on the Ballista scheduler at `url` (`df://host:port`), with newsclaim's
/// functions registered.
pub async fn remote(url: &str) -> Result<SessionContext> {
    let ctx =
        SessionContext::remote_with_state(url, session_state(SessionConfig::new_with_ballista())?).await?;
    // the client plans too: its own session must know the names
    ctx.register_newsclaim();
    Ok(ctx)
}

/// A session on an in-process Ballista scheduler and executor that know newsclaim's functions:
/// the plans are serialized, scheduled in stages and shuffled as on a cluster.
pub async fn standalone() -> Result<SessionContext> {
    let ctx =
        SessionContext::standalone_with_state(session_state(SessionConfig::new_with_ballista())?).await?;
    ctx.register_newsclaim();
    Ok(ctx)
}

/// Runs a Ballista scheduler listening on `address` whose sessions know newsclaim's functions,
/// until the process ends.
pub async fn run_scheduler(address: SocketAddr) -> Result<()> {
    let config = SchedulerConfig {
        bind_host: address.ip().to_string(),
        bind_port: address.port(),
        external_host: address.ip().to_string(),
        // executors pull their tasks, as in Ballista's standalone mode
        scheduling_policy: TaskSchedulingPolicy::PullStaged,
        ..SchedulerConfig::default()
    }
    .with_override_session_builder(Arc::new(session_state));
    let cluster = BallistaCluster::new_from_config(&config).await.map_err(ballista_error)?;
    start_server(cluster, address, Arc::new(config)).await.map_err(ballista_error)
}

/// Runs a Ballista executor on `127.0.0.1:port` (data on `port + 1`) with `vcores` task slots,
/// registered with the scheduler at `scheduler`, resolving newsclaim's functions, keeping shuffle
/// files under `work_dir`; until the process ends.
pub async fn run_executor(scheduler: SocketAddr, port: u16, vcores: usize, work_dir: &Path) -> Result<()> {
    let registry = function_registry()?;
    let config = ExecutorProcessConfig {
        bind_host: "127.0.0.1".to_owned(),
        external_host: Some("127.0.0.1".to_owned()),
        port,
        grpc_port: port + 1,
        scheduler_host: scheduler.ip().to_string(),
        scheduler_port: scheduler.port(),
        vcores: vcores.max(1),
        task_scheduling_policy: TaskSchedulingPolicy::PullStaged,
        work_dir: Some(work_dir.to_string_lossy().into_owned()),
        override_function_registry: Some(Arc::new(registry)),
        ..ExecutorProcessConfig::default()
    };
    start_executor_process(Arc::new(config)).await.map_err(ballista_error)
}
