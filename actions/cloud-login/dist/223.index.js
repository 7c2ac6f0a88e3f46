export const id = 223;
export const ids = [223];
export const modules = {

/***/ 1530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ Exporter),
/* harmony export */   R: () => (/* binding */ LEFTOVERS_STATE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const LEFTOVERS_STATE = 'cloud_login_leftovers';
/**
 * Exports and credential files, recorded in state as they are made, so the post step can undo
 * them even when main fails halfway (or runs nested in a composite action).
 */
class Exporter {
    toolkit;
    state;
    tempDir;
    leftovers = { files: [], variables: [] };
    dir;
    constructor(toolkit, state, tempDir) {
        this.toolkit = toolkit;
        this.state = state;
        this.tempDir = tempDir;
    }
    variable(name, value) {
        this.toolkit.exportVariable(name, value);
        if (!this.leftovers.variables.includes(name))
            this.leftovers.variables.push(name);
        this.save();
    }
    /** A credentials file under RUNNER_TEMP (never the workspace or a build context), mode 0600. */
    async file(name, content) {
        if (!this.dir) {
            this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.tempDir, `cloud-login-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true, mode: 0o700 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(this.dir, 0o700);
            this.remember(this.dir);
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, content, { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(path, 0o600);
        return path;
    }
    remember(path) {
        this.leftovers.files.push(path);
        this.save();
    }
    save() {
        this.state.save(LEFTOVERS_STATE, this.leftovers);
    }
}


/***/ }),

/***/ 7223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exports__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1530);


/** Remove every credentials file main wrote and blank what it exported. */
async function post({ state, log, toolkit }) {
    const leftovers = state.get(_exports__WEBPACK_IMPORTED_MODULE_1__/* .LEFTOVERS_STATE */ .R);
    if (!leftovers)
        return;
    for (const path of leftovers.files)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
    for (const name of leftovers.variables)
        toolkit.exportVariable(name, '');
    log.info(`Removed ${leftovers.files.length} credentials path(s) and cleared ${leftovers.variables.length} variable(s).`);
}


/***/ })

};
