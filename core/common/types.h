#pragma once

#include <Eigen/Core>

namespace initscope {

// Row-per-sample matrices: a batch of N samples with D features is N × D.
template <typename S>
using MatrixT = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;
template <typename S>
using RowVectorT = Eigen::Matrix<S, 1, Eigen::Dynamic>;

using Matrix = MatrixT<float>;
using RowVector = RowVectorT<float>;

}  // namespace initscope
