export const id = 450;
export const ids = [450];
export const modules = {

/***/ 67450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   incusIdentity: () => (/* binding */ incusIdentity)
/* harmony export */ });
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15756);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67576);



async function incusIdentity(config, host) {
    const transport = await host.transport();
    const argv = (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .incusArgv */ .Vo)(config, ['image', 'list'], config.image, '--format', 'json');
    const listed = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .capture */ .Fg)(transport, argv, host.signal ? { signal: host.signal } : {}).catch((error) => {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__.PikaciError(`cannot run the Incus CLI \`${config.cli}\` on ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    });
    if (listed.exitCode !== 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__.PikaciError(`listing Incus images in project \`${config.project}\` on ${transport.hostLabel} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(listed)}): ${listed.stderr.trim()}`);
    }
    let images;
    try {
        images = JSON.parse(listed.stdout);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__.PikaciError(`decode the Incus image list from ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
    const fingerprint = matching.length === 1 ? matching[0].fingerprint : undefined;
    if (typeof fingerprint !== 'string' || fingerprint === '') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__.PikaciError(`Incus image \`${config.image}\` ${matching.length === 0 ? 'is not available' : 'is ambiguous'} in project \`${config.project}\` on ${transport.hostLabel}`);
    }
    return {
        value: {
            cli: config.cli,
            project: config.project,
            profiles: config.profiles,
            image: config.image,
            fingerprint,
            instance_type: config.instance_type,
            storage_pool: config.storage_pool ?? null,
            limits: config.limits,
        },
        summary: `incus ${config.project}/${config.image} ${fingerprint.slice(0, 12)} ${config.instance_type}`,
        imageDigest: fingerprint,
    };
}


/***/ })

};
