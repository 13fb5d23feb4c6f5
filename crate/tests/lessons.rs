//! Each lesson's check (LESSONS.md), under several parameter settings and
//! seeds, run through the same entry points the CLI and the page use.

mod common;
use common::*;

#[test]
fn multitask_sing_dance() {
    for repeat in [1u64, 3, 5, 20] {
        for threaded in [true, false] {
            for seed in 0..3 {
                let r = run_lesson(
                    "multitask-sing-dance",
                    &[("REPEAT", &repeat.to_string()), ("THREADED", if threaded { "true" } else { "false" })],
                    seed,
                );
                assert_eq!(r.exit_code, 0, "stderr: {}", r.stderr);
                assert_eq!(r.stdout.matches("正在唱歌").count() as u64, repeat);
                assert_eq!(r.stdout.matches("正在跳舞").count() as u64, repeat);
                let secs = if threaded { repeat } else { 2 * repeat };
                assert!(r.stdout.ends_with(&format!("用时 {secs} 秒\n")), "stdout: {}", r.stdout);
                let t = r.virtual_time_ns as f64 / 1e9;
                assert!(t >= secs as f64 && t < secs as f64 + 0.05, "virtual time {t}");
                let names = thread_names(&r);
                let expected = if threaded {
                    vec!["MainThread", "Thread-1 (sing)", "Thread-2 (dance)"]
                } else {
                    vec!["MainThread"]
                };
                assert_eq!(names, expected);
            }
        }
    }
}

#[test]
fn a_bad_parameter_names_the_parameter_and_its_range() {
    let l = lesson("multitask-sing-dance").unwrap();
    let err = apply_params(&l.programs[0].source, &[("REPEAT".into(), "25".into())], Some(&l.params)).unwrap_err();
    assert_eq!(err.to_string(), "parameter REPEAT: 25 is out of range (allowed: 1 to 20)");
}

// ---- 2 · process theory ------------------------------------------------------

#[test]
fn program_vs_process() {
    for copies in [1u32, 3, 16] {
        for seed in PROCESS_SEEDS.take(4) {
            let r = run_lesson("program-vs-process", &[("COPIES", &copies.to_string())], seed);
            ok(&r);
            let main = main_pid(&r) as i64;
            let ls = texts(&r);
            assert_eq!(ls[0], format!("one program, main process {main}"));
            let workers: Vec<Vec<i64>> = ls[1..].iter().map(|l| nums(l)).collect();
            assert_eq!(workers.len() as u32, copies, "{ls:?}");
            let pids: BTreeSet<i64> = workers.iter().map(|n| n[0]).collect();
            assert_eq!(pids.len() as u32, copies, "distinct pids");
            assert!(!pids.contains(&main));
            assert!(workers.iter().all(|n| n[1] == main), "every parent is the main process");
            let counters: BTreeSet<i64> = workers.iter().map(|n| n[2]).collect();
            assert_eq!(counters, (1..=copies as i64).map(|i| 10 * i).collect());
        }
    }
}

// ---- 3 · fork ------------------------------------------------------------------

#[test]
fn fork_basics() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("fork-basics", &[], seed);
        ok(&r);
        assert_eq!(r.processes.len(), 2);
        let (p, c) = (r.processes[0].pid, r.processes[1].pid);
        assert_eq!(
            r.stdout,
            format!(
                "this is main process ({p}) start ...\n\
                 我是子进程（{c}），我的父进程是（{p}） num=1\n\
                 父子进程都可以执行这里的代码 ({c})\n\
                 我是父进程（{p}），我的子进程是（{c}） num=1\n\
                 父子进程都可以执行这里的代码 ({p})\n"
            )
        );
        assert_eq!(forks(&r), vec![(p, c, forks(&r)[0].2)]);
        assert!(exits(&r).iter().any(|&(pid, code, _)| pid == c && code == 0), "the child exits 0");
        assert!(reaps(&r).iter().any(|&(pid, by, _)| pid == c && by == p), "the parent reaps the child");
    }
}

#[test]
fn fork_twice() {
    let mut orders = BTreeSet::new();
    for seed in PROCESS_SEEDS {
        let r = run_lesson("fork-twice", &[], seed);
        ok(&r);
        assert_eq!(r.processes.len(), 4);
        for (s, n) in [("哈哈1", 1), ("哈哈2", 1), ("哈哈3", 2), ("哈哈4", 2)] {
            assert_eq!(r.stdout.matches(s).count(), n, "{s} in {}", r.stdout);
        }
        for p in &r.processes {
            let second: Vec<String> = lines(&r)
                .into_iter()
                .filter(|l| l.pid == p.pid && (l.text == "哈哈3" || l.text == "哈哈4"))
                .map(|l| l.text)
                .collect();
            assert_eq!(second.len(), 1, "process {} prints one of 哈哈3/哈哈4", p.pid);
        }
        // Every process is reaped: by the parent that forked it, or by init
        // after it was re-parented.
        let parent: BTreeMap<u32, u32> = forks(&r).iter().map(|&(p, c, _)| (c, p)).collect();
        let reparented: BTreeSet<u32> = r
            .events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Reparent { to: 1 }))
            .map(|e| e.pid)
            .collect();
        for p in &r.processes {
            assert!(p.reaped_at.is_some(), "process {} is reaped", p.pid);
            let (_, by, _) = *reaps(&r).iter().find(|x| x.0 == p.pid).expect("a reap event");
            match parent.get(&p.pid) {
                Some(&parent) => assert!(by == parent || (by == 1 && reparented.contains(&p.pid)), "{p:?} by {by}"),
                None => assert_eq!(by, 1),
            }
        }
        orders.insert(r.stdout.clone());
    }
    assert!(orders.len() >= 2, "the order changes with the seed");
}

// ---- 4 · Process ---------------------------------------------------------------

#[test]
fn process_start() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("process-start", &[], seed);
        ok(&r);
        let ls = texts(&r);
        assert_eq!(ls.iter().filter(|l| *l == "jason is running").count(), 1);
        assert_eq!(ls.iter().filter(|l| *l == "jason is over").count(), 1);
        let running = ls.iter().position(|l| l == "jason is running").unwrap();
        assert!(running < ls.iter().position(|l| l == "jason is over").unwrap());
        assert!(ls.contains(&"主".to_string()));
        let main = main_pid(&r);
        assert_eq!(r.processes.len(), 2);
        let child = r.processes[1].pid;
        assert_eq!(r.processes[1].ppid, main);
        let ex = exits(&r);
        let t = |pid| ex.iter().find(|e| e.0 == pid).unwrap().2;
        assert!(t(child) < t(main), "the child exits first");
        assert_about(secs(&r), 3.0, "the run");
    }
}

#[test]
fn process_subclass() {
    for interval in [0u32, 2, 5] {
        for seed in PROCESS_SEEDS.take(4) {
            let r = run_lesson("process-subclass", &[("INTERVAL", &interval.to_string())], seed);
            ok(&r);
            let main = main_pid(&r) as i64;
            let ls = texts(&r);
            assert_eq!(ls.len(), 4, "{ls:?}");
            assert_eq!(ls[0], format!("当前程序进程({main})"));
            let child = nums(&ls[1]);
            assert_ne!(child[0], main);
            assert_eq!(child[1], main, "the child's parent is the main process");
            assert_eq!(ls[2], format!("({})执行结束，耗时{interval}.00秒", child[0]));
            let total: f64 = ls[3].rsplit("耗时").next().unwrap().parse().unwrap();
            assert!(ls[3].starts_with(&format!("({main})执行结束")));
            assert!(total >= interval as f64, "parent total {total}");
        }
    }
}

#[test]
fn process_join() {
    for n in [1u32, 3, 10] {
        for seed in PROCESS_SEEDS.take(4) {
            let r = run_lesson("process-join", &[("N", &n.to_string())], seed);
            ok(&r);
            let over: Vec<String> = texts(&r).into_iter().filter(|l| l.ends_with(" is over")).collect();
            let expected: Vec<String> = (1..=n).map(|i| format!("子进程{i} is over")).collect();
            assert_eq!(over, expected);
            let last = texts(&r).last().unwrap().clone();
            let elapsed: f64 = last.strip_prefix("主 ").unwrap().parse().unwrap();
            assert_about(elapsed, n as f64, "printed elapsed time");
            assert_about(secs(&r), n as f64, "the run");
        }
    }
}

#[test]
fn process_isolation() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("process-isolation", &[], seed);
        ok(&r);
        assert_eq!(r.stdout, "子 666\n100\n");
    }
}

#[test]
fn process_attributes() {
    for (timeout, alive) in [("None", "False"), ("1", "True")] {
        for seed in PROCESS_SEEDS.take(6) {
            let r = run_lesson("process-attributes", &[("JOIN_TIMEOUT", timeout)], seed);
            ok(&r);
            let main = main_pid(&r);
            let ls = texts(&r);
            assert_eq!(ls[0], format!("进程ID：{main} {main} MainProcess"));
            let has = |s: &str| ls.iter().any(|l| l.starts_with(s));
            assert!(has("p2.is_alive=True"));
            assert!(has("p1.name=Process-1 p1.pid="));
            assert!(has("p2.name=dongGe p2.pid="));
            assert!(ls.contains(&format!("p1.is_alive={alive}")), "{timeout}: {ls:?}");
            assert!(ls.contains(&"p3.is_alive=False exitcode=-15".to_string()));
            assert!(ls.contains(&"worker_1,执行时间为'2.00'秒".to_string()));
            assert!(ls.contains(&"worker_2,执行时间为'1.00'秒".to_string()));
            for w in ["worker_1", "worker_2"] {
                let l = ls.iter().find(|l| l.starts_with(&format!("{w},父进程"))).unwrap();
                assert_eq!(nums(l)[1], main as i64, "{l}");
            }
        }
    }
}

#[test]
fn zombie_orphan() {
    for life in [0.1f64, 2.0, 10.0] {
        for seed in PROCESS_SEEDS.take(4) {
            let l = life.to_string();
            let r = run_lesson("zombie-orphan", &[("MODE", "zombie"), ("LIFE", &l)], seed);
            ok(&r);
            let (p, c) = (r.processes[0].pid, r.processes[1].pid);
            let child = &r.processes[1];
            let zombie = child.zombie_at.unwrap() as f64 / 1e9;
            let reaped = child.reaped_at.unwrap() as f64 / 1e9;
            assert_about(zombie, 0.0, "the child is a zombie from");
            assert_about(reaped, life, "the child is reaped at");
            assert_eq!(reaps(&r).iter().find(|x| x.0 == c).unwrap().1, p, "reaped by its parent");
            assert!(r.stdout.contains(&format!("parent: reaped {c}, exit code 0\n")), "{}", r.stdout);

            let r = run_lesson("zombie-orphan", &[("MODE", "orphan"), ("LIFE", &l)], seed);
            ok(&r);
            let (p, c) = (r.processes[0].pid, r.processes[1].pid);
            let parent_exit = exits(&r).iter().find(|e| e.0 == p).unwrap().2;
            let reparent = r.events.iter().find(|e| matches!(e.kind, EventKind::Reparent { .. })).unwrap();
            assert_eq!((reparent.pid, &reparent.kind), (c, &EventKind::Reparent { to: 1 }));
            assert_eq!(reparent.t, parent_exit, "re-parented when the parent exits");
            assert!(r.stdout.contains(&format!("child {c}: parent was {p}, now 1\n")), "{}", r.stdout);
            assert_eq!(reaps(&r).iter().find(|x| x.0 == c).unwrap().1, 1, "init reaps the orphan");
        }
    }
}

#[test]
fn daemon_process() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("daemon-process", &[("DAEMON", "true")], seed);
        ok(&r);
        assert!(r.stdout.contains("皇帝jason寿终正寝"));
        assert!(!r.stdout.contains("总管正在死亡"));
        let child = r.processes[1].pid;
        assert_eq!(exits(&r).iter().find(|e| e.0 == child).unwrap().1, -15, "SIGTERM");
        assert_about(secs(&r), 0.0, "the run");

        let r = run_lesson("daemon-process", &[("DAEMON", "false")], seed);
        ok(&r);
        assert!(r.stdout.contains("egon总管正在活着\n") && r.stdout.contains("egon总管正在死亡\n"));
        assert_about(secs(&r), 3.0, "the run");
    }
    // The seed's comment: set daemon after start() and it fails.
    let moved = [(
        "    p.daemon = DAEMON  # 将进程p设置成守护进程  这一句一定要放在start方法上面才有效否则会直接报错\n    p.start()\n",
        "    p.start()\n    p.daemon = DAEMON\n",
    )];
    let r = run_edited("daemon-process", &[], &moved, 0);
    assert_eq!(r.exit_code, 1);
    assert!(r.stderr.ends_with("AssertionError: process has already started\n"), "{}", r.stderr);
}

// ---- 6 · queues and IPC --------------------------------------------------------

#[test]
fn mp_queue_api() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("mp-queue-api", &[], seed);
        ok(&r);
        assert_eq!(
            r.stdout,
            "False\nTrue\n消息队列已满，现有消息数量:3\n消息队列已满，现有消息数量:3\n消息1\n消息2\n消息3\n"
        );
        assert_about(secs(&r), 2.0, "the run");
    }
}

#[test]
fn ipc_queue() {
    for seed in PROCESS_SEEDS {
        let r = run_lesson("ipc-queue", &[], seed);
        ok(&r);
        assert_eq!(r.stdout, "我是23号技师 很高兴为您服务\n");
        assert_eq!(r.processes.len(), 3);
    }
}

#[test]
fn queue_writer_reader() {
    let writers_sets = ["[['a', 'b', 'c'], ['aa', 'bb', 'cc']]", "[['x', 'y'], ['p', 'q', 'r', 's'], ['m']]"];
    for writers in writers_sets {
        let lists: Vec<Vec<String>> = writers
            .trim_matches(|c| c == '[' || c == ']')
            .split("], [")
            .map(|w| w.split(", ").map(|s| s.trim_matches('\'').to_string()).collect())
            .collect();
        for end in ["terminate", "sentinel"] {
            for seed in PROCESS_SEEDS.take(5) {
                let r = run_lesson("queue-writer-reader", &[("END", end), ("WRITERS", writers)], seed);
                ok(&r);
                let got: Vec<String> = texts(&r)
                    .iter()
                    .filter_map(|l| l.strip_prefix("get ").and_then(|l| l.strip_suffix(" from queue.")))
                    .map(String::from)
                    .collect();
                let unique: BTreeSet<&String> = got.iter().collect();
                assert_eq!(unique.len(), got.len(), "none got twice: {got:?}");
                for list in &lists {
                    let mine: Vec<&String> = got.iter().filter(|g| list.contains(g)).collect();
                    assert_eq!(mine, list.iter().take(mine.len()).collect::<Vec<_>>(), "{end} seed {seed}: put order");
                    if end == "sentinel" {
                        assert_eq!(mine.len(), list.len(), "the reader gets everything");
                    }
                }
                let code = if end == "sentinel" { "0" } else { "-15" };
                assert!(r.stdout.ends_with(&format!("reader exit code: {code}\n")), "{}", r.stdout);
            }
        }
    }
}

#[test]
fn pipe() {
    for n in [1u32, 10, 25] {
        for duplex in [true, false] {
            for seed in PROCESS_SEEDS.take(3) {
                let r = run_lesson("pipe", &[("N_MSGS", &n.to_string()), ("DUPLEX", &duplex.to_string())], seed);
                ok(&r);
                let ls = texts(&r);
                let rev: Vec<usize> = (0..n)
                    .map(|i| ls.iter().position(|l| l.ends_with(&format!(" rev:aa{i}"))).expect("received"))
                    .collect();
                assert!(rev.windows(2).all(|w| w[0] < w[1]), "received in order: {ls:?}");
                assert_eq!(ls.iter().filter(|l| l.contains(" rev:")).count() as u32, n);
                for i in 0..n {
                    let sent = ls.iter().position(|l| l.ends_with(&format!(" send: aa{i}"))).expect("sent");
                    assert!(sent < rev[i as usize], "aa{i} received after it was sent");
                }
                let last = ls.last().unwrap();
                if duplex {
                    assert_eq!(last, "duplex: end2 got reply");
                } else {
                    assert_eq!(last, "one-way pipe: connection is read-only");
                }
            }
        }
    }
}

#[test]
fn shared_value_array() {
    for procs in [1u32, 2, 3] {
        for seed in PROCESS_SEEDS.take(3) {
            let r = run_lesson("shared-value-array", &[("PROCS", &procs.to_string()), ("N", "150")], seed);
            ok(&r);
            let ls = texts(&r);
            assert_eq!(ls[0], "3.333333333333333");
            let arr = nums(&ls[1]);
            assert_eq!(arr.len(), 11);
            for (i, v) in arr.iter().enumerate() {
                assert_eq!(v.abs(), i as i64, "|arr[{i}]|");
                if procs == 1 {
                    assert_eq!(*v, -(i as i64), "one process negates every item");
                }
            }
            assert_eq!(ls[2], format!("counter = {0} (expected {0})", procs * 150));
        }
    }
    // Without the lock `counter.value += 1` reads, adds and writes in three
    // steps: with any bytecode a switch point, some seed loses an update.
    // (Runs this long switch between the two counting processes only a few
    // times, so the search stops at the first seed that loses one.)
    let lost = ALL_SEEDS.clone().any(|seed| {
        let r = run_switch("shared-value-array", &[("USE_LOCK", "false")], seed, SwitchRule::AnyBytecode);
        ok(&r);
        nums(&texts(&r)[2])[0] < 20000
    });
    assert!(lost, "no seed of 0..100 lost an update");
}

#[test]
fn manager_dict_list() {
    for procs in [1usize, 3, 10] {
        for seed in PROCESS_SEEDS.take(4) {
            let r = run_lesson("manager-dict-list", &[("PROCS", &procs.to_string())], seed);
            ok(&r);
            let ls = texts(&r);
            let n = ls.len();
            assert_eq!(n, procs + 2);
            assert_eq!(ls[n - 2], "{1: 1, 2: 2, 0.25: None}");
            assert_eq!(ls[n - 1], format!("[0, 1, 2, 3, 4{}]", ", 1".repeat(procs)));
            // The manager is a process of its own, gone with the `with` block.
            let manager = r.processes.iter().find(|p| p.name.starts_with("SyncManager")).expect("a manager process");
            let last_print = lines(&r).last().unwrap().t;
            let ex = exits(&r);
            let manager_exit = ex.iter().find(|e| e.0 == manager.pid).unwrap().2;
            let main_exit = ex.iter().find(|e| e.0 == main_pid(&r)).unwrap().2;
            assert!(last_print <= manager_exit && manager_exit <= main_exit);
        }
    }
}

#[test]
fn pool_manager_queue() {
    for word in ["dongGe", "x", "并发编程"] {
        for size in [1u32, 3, 8] {
            for seed in PROCESS_SEEDS.take(3) {
                let r = run_lesson("pool-manager-queue", &[("POOL_SIZE", &size.to_string()), ("WORD", word)], seed);
                ok(&r);
                let main = main_pid(&r) as i64;
                let ls = texts(&r);
                let spelled: String = ls
                    .iter()
                    .filter_map(|l| l.strip_prefix("reader从Queue获取到消息："))
                    .collect();
                assert_eq!(spelled, word);
                for who in ["writer启动", "reader启动"] {
                    let l = ls.iter().find(|l| l.starts_with(who)).expect(who);
                    assert_eq!(nums(l)[1], main, "{l}");
                }
                assert_eq!(ls.last().unwrap(), &format!("({main}) End"));
            }
        }
    }
    let r = run_lesson("pool-manager-queue", &[("QUEUE", "mp")], 0);
    assert_eq!(r.exit_code, 1);
    assert!(
        r.stderr.ends_with("RuntimeError: Queue objects should only be shared between processes through inheritance\n"),
        "{}",
        r.stderr
    );
}

// ---- 7 · producer–consumer ------------------------------------------------------

#[test]
fn baozi() {
    for (producers, consumers, baozi, steamer) in [(2u32, 2u32, 5u32, 3u32), (1, 3, 4, 1), (3, 1, 3, 0)] {
        for seed in PROCESS_SEEDS.take(5) {
            let p = [
                ("PRODUCERS", producers.to_string()),
                ("CONSUMERS", consumers.to_string()),
                ("BAOZI", baozi.to_string()),
                ("STEAMER", steamer.to_string()),
            ];
            let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = run_lesson("baozi", &p, seed);
            ok(&r);
            let ls = texts(&r);
            let made: Vec<&str> = ls.iter().filter_map(|l| l.split(" 做好了 ").nth(1)).collect();
            let eaten: Vec<&str> = ls.iter().filter_map(|l| l.split(" 吃了 ").nth(1)).collect();
            let expected: BTreeSet<String> =
                (0..producers).flat_map(|p| (0..baozi).map(move |i| format!("厨师{p}的包子{i}"))).collect();
            assert_eq!(made.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(), expected);
            assert_eq!(eaten.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(), expected);
            assert_eq!((made.len(), eaten.len()), (expected.len(), expected.len()), "each once");
            assert_eq!(ls.last().unwrap(), "包子卖完了");
        }
    }
}

#[test]
fn threshold() {
    let cases: [&[(&str, &str)]; 3] = [
        &[],
        &[("PRODUCERS", "3"), ("BATCH", "50"), ("RUN_TIME", "6")],
        &[("CONSUMERS", "2"), ("HIGH", "600"), ("LOW", "10"), ("TAKE", "5"), ("RUN_TIME", "4")],
    ];
    for params in cases {
        let get = |k: &str, d: i64| params.iter().find(|p| p.0 == k).map_or(d, |p| p.1.parse().unwrap());
        let (producers, consumers, initial) = (get("PRODUCERS", 2), get("CONSUMERS", 5), get("INITIAL", 500));
        let (high, low, batch, take, run_time) =
            (get("HIGH", 1000), get("LOW", 100), get("BATCH", 100), get("TAKE", 3), get("RUN_TIME", 10));
        for seed in SEEDS.step_by(2) {
            let r = run_lesson("threshold", params, seed);
            ok(&r);
            let ls = texts(&r);
            let (mut size, mut max) = (initial, initial);
            for l in &ls[..ls.len() - 1] {
                if l.contains("生成产品") {
                    size += 1;
                } else {
                    assert!(l.contains("消费了 "), "{l}");
                    size -= 1;
                }
                max = max.max(size);
            }
            assert!(max <= high - 1 + producers * batch, "qsize reached {max}");
            assert_eq!(ls.last().unwrap(), &format!("qsize after {run_time} s: {size}"));
            if low >= consumers * take {
                assert!(!blocked_on(&r, None, "Queue.get"), "a consumer blocked in get");
            }
        }
    }
}

#[test]
fn poll() {
    for (count, pmax, cmax) in [(20u32, 3u32, 4u32), (5, 1, 1), (40, 2, 6)] {
        let p = [("COUNT", count.to_string()), ("PRODUCE_MAX", pmax.to_string()), ("CONSUME_MAX", cmax.to_string())];
        let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for seed in SEEDS.step_by(2) {
            let r = run_lesson("poll", &p, seed);
            ok(&r);
            let consumer = *names(&r).iter().find(|(_, n)| n.ends_with("(consumer)")).unwrap().0;
            assert!(!blocked_on(&r, Some(consumer), "Queue"), "the consumer never blocks on the queue");
            let ls = texts(&r);
            let eaten: Vec<i64> = ls.iter().filter(|l| l.contains(" has eat ")).map(|l| nums(l)[2]).collect();
            assert_eq!(eaten, (0..eaten.len() as i64).collect::<Vec<_>>(), "eaten in order");
            let nothing = ls.iter().filter(|l| *l == "-----no baozi anymore-----").count();
            assert_eq!(eaten.len() + nothing, count as usize);
        }
    }
}

#[test]
fn queue_join_task_done() {
    for items in [1u32, 10, 40] {
        let n = items.to_string();
        for seed in SEEDS.take(if items == 10 { 20 } else { 5 }) {
            let p = [("ITEMS", n.as_str()), ("CONSUMER", "thread")];
            let runs = [
                run_lesson("queue-join-task-done", &p, seed),
                run_switch("queue-join-task-done", &p, seed, SwitchRule::AnyBytecode),
                run_fine("queue-join-task-done", &p, "1e-7", seed),
            ];
            for r in runs {
                ok(&r);
                let ls = texts(&r);
                let eaten: Vec<String> = ls.iter().filter(|l| l.contains(" 正在吃 ")).cloned().collect();
                let expected: Vec<String> = (0..items).map(|i| format!("司家勇 正在吃 骨头 {i}")).collect();
                assert_eq!(eaten, expected);
                assert_eq!(ls.last().unwrap(), "所有的骨头被吃完...");
            }
            // The seed's consumer completes with CPython's switching...
            let r = run_lesson("queue-join-task-done", &[("ITEMS", &n)], seed);
            ok(&r);
            assert_eq!(r.stdout.matches(" 正在吃 ").count() as u32, items);
        }
    }
    // ...but if the main thread looks at qsize() before the first put, nobody
    // eats and the producer waits in Queue.join forever.
    let hang = ALL_SEEDS.clone().find_map(|seed| {
        let r = run_fine("queue-join-task-done", &[], "1e-7", seed);
        (r.exit_code == 3).then_some(r)
    });
    let r = hang.expect("some seed hangs with the seed's consumer");
    let d = r.deadlock.as_ref().unwrap();
    assert!(d.iter().any(|w| w.name.ends_with("(producer)") && w.waits_for.starts_with("Queue.join")), "{d:?}");
    assert!(d.iter().any(|w| w.name == "MainThread"), "{d:?}");
}

// ---- 8 · threads and the GIL -----------------------------------------------------

#[test]
fn process_vs_thread() {
    for workers in [1i64, 3, 16] {
        for seed in PROCESS_SEEDS.take(4) {
            let w = workers.to_string();
            let r = run_lesson("process-vs-thread", &[("KIND", "thread"), ("WORKERS", &w)], seed);
            ok(&r);
            let main = main_pid(&r) as i64;
            let ls = texts(&r);
            assert_eq!(ls[0], format!("main: pid={main}"));
            let ws: Vec<Vec<i64>> = ls.iter().filter(|l| l.starts_with("worker ")).map(|l| nums(l)).collect();
            assert!(ws.iter().all(|n| n[1] == main), "one pid");
            let xs: BTreeSet<i64> = ws.iter().map(|n| n[2]).collect();
            assert_eq!(xs, (1..=workers).collect(), "one shared x");
            assert!(ls.last().unwrap().starts_with(&format!("thread: x in main = {workers}, ")));

            let r = run_lesson("process-vs-thread", &[("KIND", "process"), ("WORKERS", &w)], seed);
            ok(&r);
            let ls = texts(&r);
            let ws: Vec<Vec<i64>> = ls.iter().filter(|l| l.starts_with("worker ")).map(|l| nums(l)).collect();
            let pids: BTreeSet<i64> = ws.iter().map(|n| n[1]).collect();
            assert_eq!(pids.len() as i64, workers);
            assert!(!pids.contains(&main));
            assert!(ws.iter().all(|n| n[2] == 1), "one x each");
            assert!(ls.last().unwrap().starts_with("process: x in main = 0, "));
        }
    }
}

#[test]
fn gil() {
    for workers in [2u32, 3] {
        for seed in SEEDS.step_by(5) {
            let run = |kind| run_lesson("gil", &[("KIND", kind), ("WORKERS", &workers.to_string()), ("N", "100000")], seed);
            let (serial, thread) = (run("serial"), run("thread"));
            ok(&serial);
            ok(&thread);
            assert!(thread.stdout.starts_with(&format!("thread x{workers}: ")));
            let spans = running_spans(&thread, main_pid(&thread));
            assert!(spans.iter().map(|s| s.2).collect::<BTreeSet<_>>().len() > workers as usize, "every thread ran");
            assert!(disjoint(&spans), "one thread of a process runs at a time");
            assert!(thread.virtual_time_ns >= serial.virtual_time_ns, "threads are no faster than serial");
        }
    }
}

// ---- 9 · threading -----------------------------------------------------------------

#[test]
fn thread_start() {
    for times in [1usize, 5, 50] {
        for seed in SEEDS {
            let r = run_lesson("thread-start", &[("TIMES", &times.to_string())], seed);
            ok(&r);
            assert_eq!(r.stdout, "亲爱的，我错了，我能吃饭了吗？\n".repeat(times));
            assert_about(secs(&r), 1.0, "the run");
        }
    }
}

#[test]
fn thread_subclass() {
    for args in ["[['a', 'b', 'c'], ['aa', 'bb', 'cc']]", "[['x'], ['y', 'z'], ['u', 'v', 'w', 't']]"] {
        let lists: Vec<Vec<String>> = args
            .trim_matches(|c| c == '[' || c == ']')
            .split("], [")
            .map(|w| w.split(", ").map(|s| s.trim_matches('\'').to_string()).collect())
            .collect();
        for style in ["subclass", "target"] {
            let mut orders = BTreeSet::new();
            for seed in SEEDS {
                let r = run_lesson("thread-subclass", &[("STYLE", style), ("ARGS", args)], seed);
                ok(&r);
                let ls = lines(&r);
                assert_eq!(ls.first().unwrap().text, "MainThread is running...");
                assert_eq!(ls.last().unwrap().text, "MainThread ended.");
                for (k, list) in lists.iter().enumerate() {
                    let name = format!("Thread_{}", k + 1);
                    let mine: Vec<&String> = ls.iter().filter(|l| l.text.starts_with(&format!("{name} "))).map(|l| &l.text).collect();
                    let mut expected = vec![format!("{name} is running...")];
                    expected.extend(list.iter().map(|a| format!("{name} args: {a}")));
                    expected.push(format!("{name} ended."));
                    assert_eq!(mine, expected.iter().collect::<Vec<_>>());
                    let tids: BTreeSet<u32> = ls.iter().filter(|l| l.text.starts_with(&format!("{name} "))).map(|l| l.tid).collect();
                    assert_eq!(tids.len(), 1, "{name} prints from one thread of its own");
                }
                orders.insert(r.stdout);
            }
            assert!(orders.len() > 1, "random sleeps interleave differently per seed");
        }
    }
}

#[test]
fn main_waits_threads() {
    for rounds in [1usize, 3, 10] {
        for seed in SEEDS {
            let r = run_lesson("main-waits-threads", &[("ROUNDS", &rounds.to_string())], seed);
            ok(&r);
            let ls = texts(&r);
            let end = ls.iter().position(|l| l.starts_with("---结束---:")).unwrap();
            if rounds > 1 {
                assert!(end < ls.iter().position(|l| l == "正在唱歌...1").unwrap());
            }
            assert_eq!(ls.iter().filter(|l| l.starts_with("正在唱歌...")).count(), rounds);
            assert_eq!(ls.iter().filter(|l| l.starts_with("正在跳舞...")).count(), rounds);
            assert_about(secs(&r), rounds as f64, "the run");
            let start = ls.iter().find(|l| l.starts_with("---开始---:")).unwrap();
            assert_eq!(start.split_once(':').unwrap().1, ls[end].split_once(':').unwrap().1, "same ctime()");
        }
    }
}

#[test]
fn daemon_thread_join_timeout() {
    for seed in SEEDS {
        let r = run_lesson("daemon-thread-join-timeout", &[], seed);
        ok(&r);
        assert_about(secs(&r), 2.0, "the run");
        let ls = texts(&r);
        for s in ["[0]---running---", "[1]---running---", "starting thread Thread-2 (run)"] {
            assert!(ls.iter().any(|l| l == s), "{s}: {ls:?}");
        }
        assert!(ls.iter().filter(|l| l.ends_with("---running---")).count() <= 3);
        assert!(ls.iter().filter(|l| *l == "---done----").count() <= 1);

        for (each, wait) in [("1", "2"), ("0.5", "1")] {
            let r = run_lesson("daemon-thread-join-timeout", &[("DAEMON", "false"), ("JOIN_EACH", each), ("MAIN_WAIT", wait)], seed);
            ok(&r);
            let ls = texts(&r);
            assert_eq!(ls.iter().filter(|l| l.ends_with("---running---")).count(), 5);
            assert_eq!(ls.iter().filter(|l| *l == "---done----").count(), 5);
            for k in 2..=6 {
                assert!(ls.contains(&format!("starting thread Thread-{k} (run)")), "{ls:?}");
            }
            assert_about(secs(&r), 4.0 * each.parse::<f64>().unwrap() + 2.0, "the run");
        }
    }
    for wait in ["0.5", "3.5"] {
        let r = run_lesson("daemon-thread-join-timeout", &[("MAIN_WAIT", wait)], 0);
        ok(&r);
        assert_about(secs(&r), wait.parse().unwrap(), "the run ends with the main thread");
    }
}

#[test]
fn thread_shared_globals() {
    for seed in SEEDS {
        let r = run_lesson("thread-shared-globals", &[], seed);
        ok(&r);
        assert_eq!(
            r.stdout,
            "---线程创建之前g_num is 100---\n\
             ----in work1, g_num is 103, nums is [11, 22, 33, 44]---\n\
             ----in work2, g_num is 103, nums is [11, 22, 33, 44]---\n"
        );
    }
}

#[test]
fn thread_local_vars() {
    for sleeps in ["[5, 1]", "[1, 5]", "[2, 0.5, 3.5]"] {
        let values: Vec<f64> = sleeps.trim_matches(|c| c == '[' || c == ']').split(", ").map(|v| v.parse().unwrap()).collect();
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by(|a, b| values[*a].partial_cmp(&values[*b]).unwrap());
        let expected: Vec<String> = order.iter().map(|i| format!("---(Thread-{} (test))--num=2", i + 1)).collect();
        for seed in SEEDS {
            let r = run_lesson("thread-local-vars", &[("SLEEPS", sleeps)], seed);
            ok(&r);
            assert_eq!(texts(&r), expected, "shorter sleeps first, every num=2");
            assert_about(secs(&r), values.iter().cloned().fold(0.0, f64::max), "the run");
        }
    }
}

#[test]
fn threadlocal() {
    for style in ["args", "dict", "local"] {
        for delay in ["0", "0.1", "1.5"] {
            for seed in SEEDS.take(if delay == "0.1" { 20 } else { 5 }) {
                let r = run_lesson("threadlocal", &[("STYLE", style), ("DELAY", delay)], seed);
                ok(&r);
                let ls: BTreeSet<String> = texts(&r).into_iter().collect();
                let expected: BTreeSet<String> =
                    ["Hello, Alice (in Thread-A)", "Hello, Bob (in Thread-B)"].iter().map(|s| s.to_string()).collect();
                assert_eq!(ls, expected, "{style} seed {seed}");
            }
        }
    }
    for seed in SEEDS {
        let r = run_lesson("threadlocal", &[("STYLE", "global")], seed);
        ok(&r);
        let students: BTreeSet<String> =
            texts(&r).iter().map(|l| l.strip_prefix("Hello, ").unwrap().split(' ').next().unwrap().to_string()).collect();
        assert_eq!(students.len(), 1, "both greet the student stored last: {}", r.stdout);
    }
}

// ---- 10 · locks ----------------------------------------------------------------------

#[test]
fn rlock_loop() {
    for limit in [1i64, 5, 30] {
        for lock in ["RLock", "Lock"] {
            for seed in SEEDS.take(if limit == 5 { 20 } else { 4 }) {
                let p = [("LIMIT", limit.to_string()), ("LOCK", lock.to_string())];
                let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
                for r in [run_lesson("rlock-loop", &p, seed), run_fine("rlock-loop", &p, "1e-7", seed)] {
                    ok(&r);
                    let locked: Vec<i64> =
                        texts(&r).iter().filter(|l| l.contains(" locked, Number: ")).map(|l| nums(l)[1]).collect();
                    let mut expected: Vec<i64> = (0..limit).collect();
                    expected.extend([limit, limit]);
                    let mut got = locked.clone();
                    got.sort();
                    assert_eq!(got, expected, "{lock}: each k < LIMIT once, LIMIT once per thread");
                }
            }
        }
    }
    // Without a lock two threads read the same num: some seed prints a
    // Number twice or past the limit.
    let racy = ALL_SEEDS.clone().any(|seed| {
        let r = run_fine("rlock-loop", &[("LOCK", "none")], "1e-7", seed);
        let locked: Vec<i64> = texts(&r).iter().filter(|l| l.contains(" locked, Number: ")).map(|l| nums(l)[1]).collect();
        locked.iter().any(|&k| k > 5) || (0..5).any(|k| locked.iter().filter(|&&x| x == k).count() > 1)
    });
    assert!(racy, "no seed raced without the lock");
}

#[test]
fn deadlock() {
    for threads in [2usize, 10, 20] {
        for hold in ["0.1", "2"] {
            for seed in SEEDS.take(if threads == 10 { 20 } else { 4 }) {
                let p = [("THREADS", threads.to_string()), ("HOLD", hold.to_string())];
                let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let r = run_lesson("deadlock", &p, seed);
                assert_eq!(r.exit_code, 3, "{}", r.stdout);
                let d = r.deadlock.as_ref().expect("the wait-for cycle");
                assert_eq!(d.len(), 2, "{d:?}");
                assert!(d[0].waits_for.contains(&format!("held by {}", d[1].name)), "{d:?}");
                assert!(d[1].waits_for.contains(&format!("held by {}", d[0].name)), "{d:?}");
                assert_ne!(d[0].waits_for.split(" held").next(), d[1].waits_for.split(" held").next(), "two locks");

                // S0's fix: one RLock in place of both locks.
                let fix = [
                    ("from threading import Thread, Lock", "from threading import Thread, Lock, RLock"),
                    ("mutexA = Lock()\nmutexB = Lock()", "mutexA = mutexB = RLock()"),
                ];
                let r = run_edited("deadlock", &p, &fix, seed);
                ok(&r);
                let ls = lines(&r);
                assert_eq!(ls.len(), 4 * threads);
                for pair in ls.chunks(2) {
                    assert_eq!(pair[0].tid, pair[1].tid, "pairs of one thread: {ls:?}");
                    let who = pair[0].text.split(' ').next().unwrap();
                    let two = [pair[0].text.as_str(), pair[1].text.as_str()];
                    assert!(two == [format!("{who} 抢到A锁"), format!("{who} 抢到B锁")] || two == [format!("{who} 抢到B锁"), format!("{who} 抢到A锁")]);
                }
                assert_about(secs(&r), threads as f64 * hold.parse::<f64>().unwrap(), "the fixed run");
            }
        }
    }
}

#[test]
fn rlock_reentrant() {
    for threads in [1usize, 10, 30] {
        for seed in SEEDS.take(if threads == 10 { 20 } else { 4 }) {
            let n = threads.to_string();
            let r = run_lesson("rlock-reentrant", &[("THREADS", &n)], seed);
            ok(&r);
            let counts: Vec<i64> = texts(&r).iter().filter(|l| l.contains("RLock object")).map(|l| nums(l)[0]).collect();
            assert_eq!(counts, (1..=threads as i64).collect::<Vec<_>>());
            assert!(texts(&r).iter().filter(|l| l.contains("RLock object")).all(|l| l.contains(" count=2 ")));

            let r = run_lesson("rlock-reentrant", &[("THREADS", &n), ("LOCK", "Lock")], seed);
            assert_eq!(r.exit_code, 3);
            assert_eq!(r.stdout, "main threading stop\n");
            let d = r.deadlock.as_ref().unwrap();
            assert_eq!(d.len(), 1, "a cycle of one: {d:?}");
            assert!(d[0].waits_for.ends_with(&format!("held by {}", d[0].name)), "{d:?}");
            // The rest wait behind it.
            for (tid, name) in names(&r) {
                if name != "MainThread" && name != d[0].name {
                    assert_eq!(states(&r, tid).last().unwrap().1, ThreadState::Blocked, "{name}");
                }
            }
        }
    }
}

/// The banker's safe order, as the lesson computes it.
fn safe_order(mut cash: i64, claims: &BTreeMap<String, i64>, loans: &BTreeMap<String, i64>) -> Option<Vec<String>> {
    let mut loans = loans.clone();
    let mut order = Vec::new();
    while !loans.is_empty() {
        let c = loans.iter().find(|(c, l)| claims[*c] - **l <= cash)?.0.clone();
        cash += loans.remove(&c).unwrap();
        order.push(c);
    }
    Some(order)
}

#[test]
fn bankers_algorithm() {
    let claims: BTreeMap<String, i64> = [("C1", 9), ("C2", 3), ("C3", 8)].iter().map(|(k, v)| (k.to_string(), *v)).collect();
    for seed in SEEDS {
        let r = run_lesson("bankers-algorithm", &[], seed);
        ok(&r);
        let ls = texts(&r);
        assert_eq!(ls[0], "图a 的安全序列: ['C2', 'C3', 'C1']");
        assert_eq!(ls.last().unwrap(), "银行家收回全部 10");
        // Replay the grants: each leaves a safe order.
        let mut loans: BTreeMap<String, i64> = [("C1", 2), ("C2", 2), ("C3", 4)].iter().map(|(k, v)| (k.to_string(), *v)).collect();
        let mut cash = 2;
        for l in &ls[1..ls.len() - 1] {
            let who = l[..2].to_string();
            let n = nums(&l[2..]);
            if l.contains(" 借到 1") {
                cash -= 1;
                *loans.get_mut(&who).unwrap() += 1;
                assert_eq!((loans[&who], n[3]), (n[1], cash), "{l}");
                assert!(safe_order(cash, &claims, &loans).is_some(), "unsafe grant: {l}");
            } else {
                cash += loans.remove(&who).unwrap();
                assert_eq!(n[0], cash, "{l}");
            }
        }
    }
    let stuck = ALL_SEEDS.clone().find_map(|seed| {
        let r = run_lesson("bankers-algorithm", &[("BANKER", "false")], seed);
        (r.exit_code == 3).then_some(r)
    });
    let r = stuck.expect("without the banker some seed deadlocks");
    let waiting: Vec<&String> = r.deadlock.as_ref().unwrap().iter().map(|w| &w.name).collect();
    // Every customer that has not finished waits for cash.
    for c in ["C1", "C2", "C3"] {
        if !r.stdout.contains(&format!("{c} 完成并还款")) {
            assert!(waiting.iter().any(|n| n.contains(&format!("Thread-{}", &c[1..]))), "{c} waits: {waiting:?}");
        }
    }
    assert!(waiting.len() >= 3, "at least two customers and the main thread: {waiting:?}");
    assert!(texts(&r).last().unwrap().ends_with("银行家剩 0"), "cash 0: {}", r.stdout);
}

#[test]
fn ordered_threads() {
    for (tasks, rounds) in [(3usize, 5usize), (2, 1), (10, 4)] {
        let expected: String = (0..rounds).flat_map(|_| (1..=tasks).map(|t| format!("------Task {t} \n"))).collect();
        for seed in SEEDS.take(if tasks == 3 { 20 } else { 4 }) {
            let p = [("TASKS", tasks.to_string()), ("ROUNDS", rounds.to_string())];
            let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
            for r in [run_lesson("ordered-threads", &p, seed), run_switch("ordered-threads", &p, seed, SwitchRule::AnyBytecode), run_fine("ordered-threads", &p, "1e-7", seed)] {
                ok(&r);
                assert_eq!(r.stdout, expected);
            }
        }
    }
}

// ---- 11 · Semaphore, Event, Condition, Timer --------------------------------------------

#[test]
fn semaphore_toilets() {
    for (slots, people) in [(5usize, 20usize), (1, 4), (20, 7)] {
        for seed in SEEDS.take(if slots == 5 { 20 } else { 4 }) {
            let r = run_lesson("semaphore-toilets", &[("SLOTS", &slots.to_string()), ("PEOPLE", &people.to_string())], seed);
            ok(&r);
            let ls = lines(&r);
            assert_eq!(ls.iter().filter(|l| l.text.ends_with(" 正在蹲坑")).count(), people);
            // A thread holds the semaphore at least from its line until its
            // sleep ends (it releases right after).
            let held: Vec<(u64, u64)> = ls
                .iter()
                .map(|l| {
                    let st = states(&r, l.tid);
                    let slept = st.iter().position(|s| s.1 == ThreadState::Sleeping && s.0 >= l.t).unwrap();
                    (l.t, st[slept + 1].0)
                })
                .collect();
            for &(t, _) in &held {
                let inside = held.iter().filter(|&&(a, b)| a <= t && t < b).count();
                assert!(inside <= slots, "{inside} inside at {t}");
            }
            assert_eq!(held.iter().filter(|h| h.0 < 50_000_000).count(), slots.min(people), "inside at t = 0");
            assert!(secs(&r) < (5 * people.div_ceil(slots)) as f64 + 0.05, "ends by 5·⌈PEOPLE/SLOTS⌉ s");
        }
    }
}

#[test]
fn event_light_car() {
    for (cars, red) in [(20usize, "3"), (1, "0"), (50, "0.5")] {
        for seed in SEEDS.take(if cars == 20 { 20 } else { 4 }) {
            let r = run_lesson("event-light-car", &[("CARS", &cars.to_string()), ("RED", red)], seed);
            ok(&r);
            let ls = lines(&r);
            assert_eq!(ls.iter().filter(|l| l.text.ends_with(" 车正在灯红灯")).count(), cars);
            let go: Vec<&Line> = ls.iter().filter(|l| l.text.ends_with(" 车加油门飙车走了")).collect();
            assert_eq!(go.len(), cars);
            let green = ls.iter().position(|l| l.text == "绿灯亮了").unwrap();
            let red_ns = (red.parse::<f64>().unwrap() * 1e9) as u64;
            for (i, l) in ls.iter().enumerate() {
                if l.text.ends_with("飙车走了") {
                    assert!(i > green && l.t >= red_ns, "{} at {} before the green light", l.text, l.t);
                }
            }
        }
    }
}

#[test]
fn event_traffic_cycle() {
    for (g, y, red, cars, run) in [(10usize, 3usize, 7usize, 3usize, 30u32), (2, 1, 2, 5, 12), (3, 0, 4, 1, 20)] {
        for seed in SEEDS.take(if cars == 3 { 20 } else { 4 }) {
            let p = [
                ("GREEN", g.to_string()),
                ("YELLOW", y.to_string()),
                ("RED", red.to_string()),
                ("CARS", cars.to_string()),
                ("RUN_TIME", run.to_string()),
            ];
            let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = run_lesson("event-traffic-cycle", &p, seed);
            ok(&r);
            let ls = texts(&r);
            let light = |l: &str| ["green", "yellow", "red"].into_iter().find(|c| l.contains(&format!("{c} light on")));
            let lights: Vec<&str> = ls.iter().filter_map(|l| light(l)).collect();
            let cycle: Vec<&str> =
                std::iter::repeat("green").take(g).chain(std::iter::repeat("yellow").take(y)).chain(std::iter::repeat("red").take(red)).collect();
            assert!(lights.len() >= run as usize, "a light line each second");
            for (i, l) in lights.iter().enumerate() {
                assert_eq!(*l, cycle[i % cycle.len()], "light line {i}");
            }
            let mut last = None;
            for l in &ls {
                if let Some(c) = light(l) {
                    last = Some(c);
                } else if l.contains("is running..") {
                    assert!(matches!(last, Some("green" | "yellow")), "{l} after {last:?}");
                } else {
                    assert!(l.contains("is waiting for the red light.."), "{l}");
                    assert_eq!(last, Some("red"), "{l}");
                }
            }
        }
    }
}

#[test]
fn event_door_swipe() {
    for (staff, open, tick, arrival) in [(5usize, "3", "0.5", "3"), (1, "1", "0.1", "1"), (12, "2", "1", "4")] {
        for seed in SEEDS.take(if staff == 5 { 20 } else { 4 }) {
            let p = [("STAFF", staff.to_string()), ("OPEN_TICKS", open.to_string()), ("TICK", tick.to_string()), ("ARRIVAL", arrival.to_string())];
            let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = run_lesson("event-door-swipe", &p, seed);
            ok(&r);
            let ls = texts(&r);
            for n in 0..staff {
                let passing: Vec<usize> = (0..ls.len()).filter(|&i| ls[i].contains(&format!("staff [{n}] passing"))).collect();
                assert_eq!(passing.len(), 1, "staff {n} passes once");
                let coming = ls.iter().position(|l| *l == format!("staff [{n}] is comming...")).unwrap();
                assert!(coming < passing[0]);
            }
        }
    }
}

/// The thread numbers `n` (of `run(n)`) in the order they began `con.wait()`.
fn condition_wait_order(r: &Report) -> Vec<usize> {
    let names = names(r);
    pick(r, |e| match &e.kind {
        EventKind::State { state: ThreadState::Blocked, on: Some(on) } if on == "Condition.wait" => {
            let name = &names[&e.tid];
            let k: usize = name.trim_start_matches("Thread-").split(' ').next()?.parse().ok()?;
            Some(k - 1)
        }
        _ => None,
    })
}

#[test]
fn condition_notify() {
    let settings: [(usize, &str, &str); 4] = [
        (10, r#"["2", "3", "5", "q"]"#, "1.0"),
        (3, r#"["1", "1", "1"]"#, "0.5"),
        (20, r#"["7", "13", "q"]"#, "2"),
        (5, r#"["9"]"#, "0.1"),
    ];
    for (threads, inputs, typing) in settings {
        for seed in SEEDS.take(if threads == 10 { 20 } else { 5 }) {
            let t = threads.to_string();
            let r = run_lesson("condition-notify", &[("THREADS", &t), ("INPUTS", inputs), ("TYPING", typing)], seed);
            ok(&r);
            let order = condition_wait_order(&r);
            assert_eq!(order.len(), threads, "every thread waits once");
            let out = texts(&r);
            assert_eq!(out.iter().filter(|l| l.starts_with("run the thread :")).count(), threads);
            // After `>>>>k`, the next k waiters in wait() order print, before the next `>>>>`.
            let mut next = 0;
            let mut i = 0;
            while i < out.len() {
                let k = out[i].strip_prefix(">>>>").expect("an echoed input");
                i += 1;
                let Ok(k) = k.parse::<usize>() else { break };
                let k = k.min(threads - next);
                let mut got: Vec<usize> =
                    out[i..i + k].iter().map(|l| nums(l)[0] as usize).collect();
                let mut want = order[next..next + k].to_vec();
                got.sort();
                want.sort();
                assert_eq!(got, want, "THREADS={threads} seed {seed}: FIFO waiters after >>>>{k}\n{out:?}");
                next += k;
                i += k;
            }
        }
    }
    // Fewer notifications than waiters: the rest wait for ever, and the run says who.
    for seed in SEEDS.take(5) {
        let r = run_lesson("condition-notify", &[("THREADS", "10"), ("INPUTS", r#"["2", "3", "q"]"#)], seed);
        assert_eq!(r.exit_code, 3, "{}", r.stdout);
        let d = r.deadlock.as_ref().expect("the blocked threads");
        assert_eq!(d.iter().filter(|w| w.waits_for == "Condition.wait").count(), 5, "{d:?}");
    }
    // Without typing time the main thread races the last thread to its
    // wait(), but the notified threads retaking `con` hold the main thread
    // back long enough: CPython 3.11 never lost a notification in our trials
    // (LESSONS.md expects some seed to), and neither does any seed here.
    for seed in SEEDS.take(10) {
        ok(&run_fine("condition-notify", &[("TYPING", "0")], "1e-6", seed));
    }
}

#[test]
fn timer() {
    for delay in ["10", "0", "2.5", "60"] {
        for seed in SEEDS.take(5) {
            let r = run_lesson("timer", &[("DELAY", delay)], seed);
            ok(&r);
            assert_eq!(r.stdout, "hello,world\n");
            let d: f64 = delay.parse().unwrap();
            assert_about(lines(&r)[0].t as f64 / 1e9, d, "hello,world");
            assert_about(secs(&r), d, "the run");
        }
    }
}

// ---- 12 · thread queues -------------------------------------------------------------------

#[test]
fn queue_kinds() {
    let items = ["(10, '111')", "(100, '222')", "(0, '333')", "(-5, '444')"];
    for maxsize in [4, 10] {
        for kind in ["Queue", "LifoQueue", "PriorityQueue"] {
            let r = run_lesson("queue-kinds", &[("KIND", kind), ("MAXSIZE", &maxsize.to_string())], 0);
            ok(&r);
            let order: Vec<&str> = match kind {
                "Queue" => items.to_vec(),
                "LifoQueue" => items.iter().rev().cloned().collect(),
                _ => vec![items[3], items[2], items[0], items[1]],
            };
            let full = if maxsize == 4 { "True" } else { "False" };
            assert_eq!(r.stdout, format!("{full} 4\n{}\nqueue.Empty\n", order.join("\n")));
        }
    }
}

#[test]
fn queue_check_then_act() {
    for (consumers, items) in [(3usize, 100usize), (1, 5), (10, 1000)] {
        let p = [("STYLE", "try".to_string()), ("CONSUMERS", consumers.to_string()), ("ITEMS", items.to_string())];
        let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for seed in SEEDS.take(if consumers == 3 { 20 } else { 3 }) {
            for r in [run_lesson("queue-check-then-act", &p, seed), run_switch("queue-check-then-act", &p, seed, SwitchRule::AnyBytecode), run_fine("queue-check-then-act", &p, "1e-6", seed)] {
                ok(&r);
                assert_eq!(r.stdout, format!("taken {items} of {items}, left 0\n"));
                assert_eq!(r.stderr, "");
            }
        }
    }
    // Between empty() and get_nowait() another consumer may take the last item.
    let raced = ALL_SEEDS.clone().find_map(|seed| {
        let r = run_fine("queue-check-then-act", &[], "1e-6", seed);
        (!r.stderr.is_empty()).then_some(r)
    });
    let r = raced.expect("some seed raises queue.Empty in a consumer");
    ok(&r);
    assert!(r.stderr.starts_with("Exception in thread "), "{}", r.stderr);
    assert!(r.stderr.ends_with("_queue.Empty\n"), "{}", r.stderr);
    assert_eq!(r.stdout, "taken 100 of 100, left 0\n", "nothing lost or doubled");
}

// ---- 13 · pools ---------------------------------------------------------------------------

#[test]
fn pool_apply_async() {
    for (size, tasks) in [(3usize, 10usize), (1, 3), (8, 20)] {
        for seed in PROCESS_SEEDS.take(if size == 3 { 8 } else { 2 }) {
            let r = run_lesson("pool-apply-async", &[("POOL_SIZE", &size.to_string()), ("TASKS", &tasks.to_string())], seed);
            ok(&r);
            let main = main_pid(&r);
            let workers: Vec<(u32, u32, u64)> = forks(&r).into_iter().filter(|f| f.0 == main).collect();
            assert_eq!(workers.len(), size, "exactly POOL_SIZE workers");
            let ls = lines(&r);
            let first_task = ls.iter().find(|l| l.text.contains("开始执行")).unwrap();
            assert!(workers.iter().all(|w| w.2 <= first_task.t), "forked before the first task");
            let (mut running, mut most) = (0, 0);
            for l in &ls {
                if l.text.contains("开始执行") {
                    running += 1;
                    most = most.max(running);
                    assert!(workers.iter().any(|w| w.1 as i64 == nums(&l.text)[1]), "a pool worker runs it");
                } else if l.text.contains("执行完毕") {
                    running -= 1;
                }
            }
            assert!(most <= size);
            assert_eq!(ls.iter().filter(|l| l.text.contains("执行完毕")).count(), tasks);
            assert_eq!(ls.last().unwrap().text, "-----end-----");
        }
    }
    // apply堵塞式: one task at a time, all before ----start----.
    for seed in PROCESS_SEEDS.take(3) {
        let r = run_edited("pool-apply-async", &[], &[("po.apply_async(worker, (i,))", "po.apply(worker, (i,))")], seed);
        ok(&r);
        let ls = texts(&r);
        for i in 0..10 {
            assert!(ls[2 * i].starts_with(&format!("{i}开始执行")), "{ls:?}");
            assert!(ls[2 * i + 1].starts_with(&format!("{i} 执行完毕")), "{ls:?}");
        }
        assert_eq!(&ls[20..], ["----start----", "-----end-----"]);
    }
}

#[test]
fn pool_callback() {
    for (size, tasks) in [(5usize, 100usize), (1, 3), (16, 40)] {
        for seed in PROCESS_SEEDS.take(if size == 5 { 4 } else { 2 }) {
            let r = run_lesson("pool-callback", &[("POOL_SIZE", &size.to_string()), ("TASKS", &tasks.to_string())], seed);
            ok(&r);
            let main = main_pid(&r) as i64;
            let done: Vec<Vec<i64>> = texts(&r).iter().filter(|l| l.starts_with("--->exec done:")).map(|l| nums(l)).collect();
            assert_eq!(done.iter().map(|n| n[0]).collect::<BTreeSet<_>>(), (100..100 + tasks as i64).collect());
            assert_eq!(done.len(), tasks);
            assert!(done.iter().all(|n| n[1] == main), "callbacks run in the parent");
            assert_about(secs(&r), tasks.div_ceil(size) as f64, "the run");
        }
    }
    for seed in PROCESS_SEEDS.take(3) {
        let r = run_lesson("pool-callback", &[("JOIN", "false")], seed);
        ok(&r);
        let main = main_pid(&r);
        assert_eq!(r.stdout, format!("main pid {main}\nend\n"));
        let workers: Vec<u32> = forks(&r).iter().map(|f| f.1).collect();
        assert_eq!(workers.len(), 5);
        for w in workers {
            assert_eq!(exits(&r).iter().find(|e| e.0 == w).unwrap().1, -15, "worker {w} terminated");
        }
    }
}

#[test]
fn executor_callback() {
    for (workers, tasks) in [(5usize, 20usize), (1, 3), (32, 40)] {
        for seed in PROCESS_SEEDS.take(if workers == 5 { 4 } else { 2 }) {
            let r = run_lesson("executor-callback", &[("WORKERS", &workers.to_string()), ("TASKS", &tasks.to_string())], seed);
            ok(&r);
            let main = main_pid(&r) as i64;
            let ls = texts(&r);
            let values: BTreeSet<String> = ls.iter().filter_map(|l| l.strip_prefix("call_back>>>: ")).map(String::from).collect();
            let mut expected = BTreeSet::new();
            for n in 0..tasks as u32 {
                // n**n, exactly, as decimal digits.
                let mut digits = vec![1u32];
                for _ in 0..n {
                    let mut carry = 0;
                    for d in digits.iter_mut() {
                        let x = *d * n + carry;
                        *d = x % 10;
                        carry = x / 10;
                    }
                    while carry > 0 {
                        digits.push(carry % 10);
                        carry /= 10;
                    }
                }
                expected.insert(digits.iter().rev().map(|d| char::from(b'0' + *d as u8)).collect::<String>());
            }
            assert_eq!(values, expected);
            assert_eq!(ls.iter().filter(|l| l.starts_with("call_back>>>: ")).count(), tasks);
            let pids: BTreeSet<i64> = ls.iter().filter(|l| !l.starts_with("call_back")).map(|l| nums(l)[1]).collect();
            assert!(pids.len() <= workers && !pids.contains(&main), "{pids:?}");
            assert_about(secs(&r), (2 * tasks.div_ceil(workers)) as f64, "the run");
        }
    }
}

#[test]
fn diy_thread_pool() {
    for (size, tasks) in [(5usize, 20usize), (1, 3), (20, 200), (7, 7)] {
        for seed in SEEDS.take(if size == 5 { 20 } else { 3 }) {
            let r = run_lesson("diy-thread-pool", &[("POOL_SIZE", &size.to_string()), ("TASKS", &tasks.to_string())], seed);
            ok(&r);
            let ls = lines(&r);
            assert_eq!(
                ls.last().unwrap().text,
                format!("{tasks} tasks on {} threads in {}.0 s", size.min(tasks), tasks.div_ceil(size))
            );
            let first_task = ls.iter().find(|l| l.text.starts_with("task ")).unwrap().t;
            let last_spawn = r.events.iter().filter(|e| matches!(e.kind, EventKind::Spawn { .. })).map(|e| e.t).max().unwrap();
            assert!(last_spawn <= first_task, "no thread is created after the first task starts");
        }
    }
}
#[test]
fn thread_order() {
    for (threads, rounds) in [(5usize, 3usize), (1, 2), (20, 4)] {
        let mut orders = BTreeSet::new();
        for seed in SEEDS {
            let r = run_lesson("thread-order", &[("THREADS", &threads.to_string()), ("ROUNDS", &rounds.to_string())], seed);
            ok(&r);
            let ls = texts(&r);
            assert_eq!(ls.len(), threads * rounds);
            let round = |l: &String| nums(l.rsplit('@').next().unwrap())[0] as usize;
            assert!(ls.windows(2).all(|w| round(&w[0]) <= round(&w[1])), "all @ i before any @ i+1");
            for t in 1..=threads {
                let mine: Vec<usize> = ls.iter().filter(|l| l.starts_with(&format!("I'm Thread-{t} @"))).map(round).collect();
                assert_eq!(mine, (0..rounds).collect::<Vec<_>>());
            }
            let spawned: Vec<String> = names(&r).into_values().filter(|n| n != "MainThread").collect();
            let expected: BTreeSet<String> = (1..=threads).map(|t| format!("Thread-{t}")).collect();
            assert_eq!(spawned.into_iter().collect::<BTreeSet<_>>(), expected);
            if seed < 10 {
                orders.insert(r.stdout);
            }
        }
        if threads > 1 {
            assert!(orders.len() > 1, "two of seeds 0-9 differ in order");
        }
    }
}


#[test]
fn mutex_ticket() {
    for (tickets, users) in [(1u32, 10u32), (3, 5), (0, 4), (6, 3)] {
        let (t, u) = (tickets.to_string(), users.to_string());
        for seed in 0..4 {
            let r = run_lesson("mutex-ticket", &[("LOCK", "Lock"), ("TICKETS", &t), ("USERS", &u)], seed);
            ok(&r);
            assert_eq!(r.stdout.matches("买票成功").count() as u32, tickets.min(users), "seed {seed}");
            assert!(r.stdout.ends_with(&format!("余票: {}\n", tickets.saturating_sub(users))), "{}", r.stdout);
        }
    }
    // Without the lock every buyer reads the count before anyone writes it back.
    for seed in 0..4 {
        let r = run_lesson("mutex-ticket", &[("LOCK", "none"), ("TICKETS", "1"), ("USERS", "10")], seed);
        ok(&r);
        assert_eq!(r.stdout.matches("买票成功").count(), 10, "seed {seed}: {}", r.stdout);
    }
}

#[test]
fn race_counter() {
    for threads in ["1", "2", "4"] {
        let p = [("THREADS", threads), ("N", "20000")];
        let expected = format!("g_num = {0} (expected {0})", threads.parse::<u32>().unwrap() * 20000);
        for seed in 0..3 {
            // With the lock: exact under both switch rules.
            let locked = [p[0], p[1], ("LOCK", "Lock")];
            for r in [run_lesson("race-counter", &locked, seed), run_switch("race-counter", &locked, seed, SwitchRule::AnyBytecode)] {
                ok(&r);
                assert!(r.stdout.starts_with(&expected), "seed {seed}: {}", r.stdout);
            }
            // Without: CPython 3.11 never switches inside `g_num += 1`.
            let r = run_lesson("race-counter", &p, seed);
            ok(&r);
            assert!(r.stdout.starts_with(&expected), "seed {seed}: {}", r.stdout);
        }
    }
    // ...but the seeds' older Pythons did, and some seed loses updates.
    let lost = ALL_SEEDS.clone().any(|seed| {
        let r = run_switch("race-counter", &[("THREADS", "2"), ("N", "20000")], seed, SwitchRule::AnyBytecode);
        !r.stdout.starts_with("g_num = 40000 ")
    });
    assert!(lost, "no seed lost an update with --switch any-bytecode");
}

// ---- 1-2 · multitasking and process theory --------------------------------------

#[test]
fn time_slicing() {
    // Enough work per task for several switch intervals (the seed's 3,000,000
    // takes too long in a debug build).
    for tasks in [2usize, 3] {
        let t = tasks.to_string();
        for seed in 0..2 {
            let r = run_lesson("time-slicing", &[("TASKS", &t), ("WORK", "600000")], seed);
            ok(&r);
            let switches = nums(texts(&r)[0].as_str())[0] as usize;
            assert!(switches >= tasks, "seed {seed}: {switches} switches");
            for k in 1..=tasks {
                assert!(r.stdout.contains(&format!("task{k}")), "task{k} appears");
            }
        }
    }
    // A shorter slice switches more often.
    let count = |slice: &str| {
        let r = run_lesson("time-slicing", &[("SLICE", slice), ("WORK", "300000")], 1);
        nums(texts(&r)[0].as_str())[0]
    };
    assert!(count("0.005") > count("0.01"));
}

#[test]
fn os_history() {
    for (era, end) in [
        ("manual", "manual: all jobs done at 54.0 s, CPU busy 11%"),
        ("online-batch", "online-batch: all jobs done at 24.0 s, CPU busy 25%"),
        ("offline-batch", "offline-batch: all jobs done at 10.5 s, CPU busy 57%"),
    ] {
        let r = run_lesson("os-history", &[("ERA", era)], 0);
        ok(&r);
        assert_eq!(texts(&r).last().unwrap(), end);
    }
}

#[test]
fn multiprogramming() {
    let elapsed = |mode: &str, seed: u64| {
        let r = run_lesson("multiprogramming", &[("MODE", mode), ("CPU_WORK", "100000")], seed);
        ok(&r);
        let ls = texts(&r);
        if mode == "single" {
            let first_b = ls.iter().position(|l| l.starts_with("B ")).unwrap();
            assert!(ls[..first_b].iter().all(|l| l.starts_with("A ")), "single: all A lines first");
        }
        ls.last().unwrap().split(": ").nth(1).unwrap().trim_end_matches(" s").parse::<f64>().unwrap()
    };
    for seed in 0..4 {
        assert!(elapsed("multi", seed) < elapsed("single", seed), "seed {seed}");
    }
}

#[test]
fn cpu_scheduling() {
    for (algo, avg) in [("FCFS", "15.25"), ("SJF", "14.25"), ("RR", "19.00"), ("MLFQ", "21.00")] {
        let r = run_lesson("cpu-scheduling", &[("ALGO", algo)], 0);
        ok(&r);
        assert_eq!(texts(&r).last().unwrap(), &format!("average turnaround {avg}"));
    }
}

#[test]
fn process_states() {
    let expected = "worker: computed, now blocked on I/O\nworker: I/O done, blocked on the lock\n\
                    main: releasing the lock\nworker: got the lock\nworker exited\n";
    for io in ["1.0", "0.5"] {
        let r = run_lesson("process-states", &[("IO_TIME", io), ("WORK", "20000")], 0);
        ok(&r);
        assert_eq!(r.stdout, expected);
        let io: f64 = io.parse().unwrap();
        assert_about(secs(&r), 2.0 * io, "the worker waits for the lock until main releases it");
    }
}

#[test]
fn sync_async_blocking() {
    let r = run_lesson("sync-async-blocking", &[("MODE", "sync")], 0);
    ok(&r);
    assert_eq!(r.stdout, "我: 喊朋友吃饭\n朋友: 忙完了\n我: 一起去吃饭\n");
    let r = run_lesson("sync-async-blocking", &[("MODE", "async"), ("BUSY", "2")], 0);
    ok(&r);
    assert_eq!(
        r.stdout,
        "我: 喊朋友吃饭\n我: 先做别的事 0\n我: 先做别的事 1\n我: 先做别的事 2\n朋友: 忙完了\n回调: 一起去吃饭\n"
    );
}
