export const id = 41;
export const ids = [41];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOrphanInstances: () => (/* binding */ sweepOrphanInstances)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93609);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67576);
/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (docs/design.md
 * decision 7). The owner comes from the instance's `user.pikaci.run_id` config (set at `init`),
 * judged by the one rule in `src/records/` (`orphanJudge`).
 */




const InstanceListSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    config: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
}));
async function sweepOrphanInstances(transport, config, options) {
    const listed = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mustCapture */ .w8)(transport, `list Incus instances in project \`${config.project}\``, (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .incusArgv */ .Vo)(config, ['list'], '--format', 'json'));
    let instances;
    try {
        instances = InstanceListSchema.parse(JSON.parse(listed.stdout));
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PikaciError */ .uy(`decode the Incus instance list from ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    const now = options.now ?? Date.now();
    const decisions = [];
    for (const instance of instances.filter((i) => i.name.startsWith('pikaci-'))) {
        const runId = instance.config?.['user.pikaci.run_id'] ?? null;
        if (options.run !== undefined && runId !== options.run)
            continue;
        if (runId === null) {
            decisions.push({ action: 'kept', line: `kept ${instance.name} (run none: no user.pikaci.run_id)` });
            continue;
        }
        const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
        const { orphan, reason } = await options.judge(runId, ageSecs);
        if (orphan && !options.dryRun) {
            const removal = await transport.exec({ argv: (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .incusArgv */ .Vo)(config, ['delete'], '--force', instance.name) });
            if (removal.exitCode !== 0) {
                decisions.push({
                    action: 'kept',
                    line: `kept ${instance.name} (run ${runId}: delete failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(removal)}))`,
                });
                continue;
            }
        }
        const action = orphan ? 'removed' : 'kept';
        decisions.push({ action, line: `${action} ${instance.name} (run ${runId}: ${reason})` });
    }
    return decisions;
}


/***/ })

};
