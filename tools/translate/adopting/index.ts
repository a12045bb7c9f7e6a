/**
 * `--adopt`: gives translations made another way their `translation:` block, from their git
 * history.
 */
export {runAdopt} from './adoptCommand';
